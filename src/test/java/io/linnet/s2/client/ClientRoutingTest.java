package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.GetSectorNodes;
import io.linnet.s2.message.RelayError;
import io.linnet.s2.message.S2Data;
import io.linnet.s2.message.StreamHeader;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.sector.Sectors;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Sends: route lookup, relay errors, stale routes, fallbacks, failures and refusals, driven by hand. */
class ClientRoutingTest extends EngineTestBase {

    @Test
    void findsTheRecipientThroughItsSectorAndPresenceAndWritesToItsRelay() throws Exception {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        a.clear();
        CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
        StreamMessage m = messageTo(BOB);
        engine.send(m, result);
        assertTrue(java.util.Arrays.equals(Sectors.prefix(BOB.address()), a.sent(GetSectorNodes.class).getFirst().prefix()));
        engine.message(a, sectorAnswer(BOB));
        assertEquals(BOB.address(), a.sent(GetPresence2.class).getFirst().address());
        engine.message(a, new UpdatePresence(TestRelays.clientPresence(BOB, C.hostPort(), netNow())));
        assertFalse(result.isDone());
        FakeConnector.FakeLink c = net.up(C.hostPort(), C.address());
        S2Data written = c.sent(S2Data.class).getFirst();
        assertEquals(StreamMessage.decode(written.streamMessage()), m);
        advance(1);
        assertEquals(DeliveryResult.accepted(C.hostPort()), result.getNow(null));
    }

    @Test
    void aConnectionOpenedOnlyForARouteIsClosedWhenIdle() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
        engine.send(messageTo(BOB), result);
        engine.message(a, sectorAnswer(BOB));
        engine.message(a, new UpdatePresence(TestRelays.clientPresence(BOB, "127.0.0.1:7999", netNow())));
        FakeConnector.FakeLink elsewhere = net.up("127.0.0.1:7999", null);
        assertEquals(1, elsewhere.sent(S2Data.class).size());
        assertTrue(net.attempts.getLast().expected().isEmpty(), "a relay named by a presence is not pinned");
        advance(119);
        assertFalse(elsewhere.closed);
        advance(1);
        assertTrue(elsewhere.closed, "idle for the idle-route time");
        assertFalse(a.closed, "home relays stay");
    }

    @Test
    void aRelayErrorMakesTheRecipientUnreachable() throws Exception {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
        StreamMessage m = messageTo(BOB);
        engine.send(m, result);
        engine.message(a, sectorAnswer(BOB));
        engine.message(a, new UpdatePresence(TestRelays.clientPresence(BOB, A.hostPort(), netNow())));
        S2Data written = a.sent(S2Data.class).getFirst();
        engine.message(a, RelayError.replyTo(StreamHeader.peek(written.streamMessage()), clock));
        assertEquals(DeliveryResult.Outcome.UNREACHABLE, result.getNow(null).outcome());
        assertEquals(BOB.address(), listener.errors.getFirst().error().unreachable().orElseThrow());
    }

    @Test
    void oneIdToTwoRecipientsIsTwoSendsAndAnErrorFailsOnlyTheOneItNames() throws Exception {
        ClientIdentity carol = TestRelays.client(3);
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        StreamMessage toBob = messageTo(BOB);
        StreamMessage toCarol = toBob.toBuilder().recipient(carol.address()).build(); // a group message's copies share the id
        CompletableFuture<DeliveryResult> bob = new CompletableFuture<>();
        CompletableFuture<DeliveryResult> carolResult = new CompletableFuture<>();
        engine.send(toBob, bob);
        engine.send(toCarol, carolResult);
        for (ClientIdentity who : List.of(BOB, carol)) {
            engine.message(a, sectorAnswer(who));
            engine.message(a, new UpdatePresence(TestRelays.clientPresence(who, A.hostPort(), netNow())));
        }
        List<S2Data> written = a.sent(S2Data.class);
        assertEquals(2, written.size(), "both copies written");
        assertEquals(BOB.address(), StreamHeader.peek(written.get(0).streamMessage()).recipient().orElseThrow());
        assertEquals(carol.address(), StreamHeader.peek(written.get(1).streamMessage()).recipient().orElseThrow());
        engine.message(a, RelayError.replyTo(StreamHeader.peek(written.get(1).streamMessage()), clock));
        assertEquals(DeliveryResult.Outcome.UNREACHABLE, carolResult.getNow(null).outcome());
        assertFalse(bob.isDone(), "bob's copy is not carol's");
        advance(1);
        assertEquals(DeliveryResult.accepted(A.hostPort()), bob.getNow(null));
    }

    @Test
    void aStaleCachedRouteIsLookedUpAgainOnce() throws Exception {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        CompletableFuture<DeliveryResult> first = new CompletableFuture<>();
        engine.send(messageTo(BOB), first);
        engine.message(a, sectorAnswer(BOB));
        engine.message(a, new UpdatePresence(TestRelays.clientPresence(BOB, A.hostPort(), netNow())));
        advance(1);
        assertEquals(DeliveryResult.Outcome.ACCEPTED, first.getNow(null).outcome());
        a.clear();
        CompletableFuture<DeliveryResult> second = new CompletableFuture<>();
        engine.send(messageTo(BOB), second);
        assertTrue(a.sent(GetPresence2.class).isEmpty(), "route comes from the cache");
        S2Data written = a.sent(S2Data.class).getFirst();
        engine.message(a, RelayError.replyTo(StreamHeader.peek(written.streamMessage()), clock));
        assertFalse(second.isDone(), "one fresh lookup before giving up");
        assertEquals(1, a.sent(GetPresence2.class).size());
        engine.message(a, new UpdatePresence(TestRelays.clientPresence(BOB, B.hostPort(), netNow() + 2)));
        FakeConnector.FakeLink b = net.up(B.hostPort(), B.address());
        assertEquals(1, b.sent(S2Data.class).size());
        advance(1);
        assertEquals(DeliveryResult.accepted(B.hostPort()), second.getNow(null));
    }

    @Test
    void withoutAPresenceTheMessageIsOfferedToThePrimaryRelay() throws Exception {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        net.up(B.hostPort(), B.address());
        CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
        engine.send(messageTo(BOB), result);
        engine.message(a, sectorAnswer(BOB));
        advance(5);
        S2Data written = a.sent(S2Data.class).getFirst();
        engine.message(a, RelayError.replyTo(StreamHeader.peek(written.streamMessage()), clock));
        assertEquals(DeliveryResult.unreachable(A.hostPort()), result.getNow(null));
    }

    @Test
    void aConnectionLostBeforeTheRelayCouldAnswerIsAFailureNotADelivery() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
        engine.send(messageTo(BOB), result);
        engine.message(a, sectorAnswer(BOB));
        engine.message(a, new UpdatePresence(TestRelays.clientPresence(BOB, A.hostPort(), netNow())));
        net.down(a);
        assertEquals(DeliveryResult.Outcome.FAILED, result.getNow(null).outcome());
    }

    @Test
    void withNoRelayAtAllTheSendTimesOut() {
        CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
        engine.send(messageTo(BOB), result);
        advance(29);
        assertFalse(result.isDone());
        advance(1);
        assertEquals(DeliveryResult.Outcome.FAILED, result.getNow(null).outcome());
    }

    @Test
    void messagesRelaysWouldPunishOrDropAreRefusedAtOnce() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        a.clear();
        List<StreamMessage> bad = List.of(
                messageTo(BOB).toBuilder().sender(BOB.address()).build(),
                messageTo(BOB).toBuilder().sender(null).build(),
                messageTo(BOB).toBuilder().recipient(null).build(),
                messageTo(BOB).toBuilder().type(io.linnet.ixian.stream.StreamMessageCode.ERROR).build());
        for (StreamMessage m : bad) {
            CompletableFuture<DeliveryResult> r = new CompletableFuture<>();
            engine.send(m, r);
            assertEquals(DeliveryResult.Outcome.FAILED, r.getNow(null).outcome(), m.toString());
        }
        assertTrue(a.sent.isEmpty(), "nothing reached the relay");
    }
}
