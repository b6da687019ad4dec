package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.GetSectorNodes;
import io.linnet.s2.message.KeepAlivePresence;
import io.linnet.s2.message.RelayError;
import io.linnet.s2.message.S2Data;
import io.linnet.s2.message.SectorNodes;
import io.linnet.s2.message.StreamHeader;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.sector.Sectors;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client engine driven by hand: fake clock, fake connections, real signatures; no sockets, no threads. */
class ClientEngineTest {
    static final TestRelays.Relay A = TestRelays.relay(7001);
    static final TestRelays.Relay B = TestRelays.relay(7002);
    static final TestRelays.Relay C = TestRelays.relay(7003);
    static final ClientIdentity ME = TestRelays.client(1);
    static final ClientIdentity BOB = TestRelays.client(2);
    static final Backoff STEADY = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0.0);

    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    final FakeConnector net = new FakeConnector();
    final RecordingListener listener = new RecordingListener();
    ClientEngine engine;

    @BeforeEach
    void start() {
        ClientTimings t = ClientTimings.defaults().withRelayErrorWait(Duration.ofSeconds(1)).withBackoff(STEADY);
        S2ClientConfig config = new S2ClientConfig(TestRelays.LOCAL, ME, List.of(A.seed(), B.seed(), C.seed()), t,
                clock, "linnet-test", 2);
        ListenerHub hub = new ListenerHub(Runnable::run);
        hub.add(listener);
        engine = new ClientEngine(config, net, hub, new SplittableRandom(5));
        engine.start();
    }

    long netNow() {
        return clock.instant().getEpochSecond();
    }

    void advance(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        engine.tick();
    }

    SectorNodes sectorAnswer(ClientIdentity who) {
        long now = netNow();
        return SectorNodes.of(Sectors.prefix(who.address()), List.of(A.presence(now), B.presence(now), C.presence(now)));
    }

    StreamMessage messageTo(ClientIdentity to) {
        return StreamMessage.builder(1, clock).sender(ME.address()).recipient(to.address()).data(Bytes.utf8("hi")).build();
    }

    @Test
    void connectsToSeedsHandshakesAndPublishesOnTheFirstRelay() {
        assertEquals(List.of(A.hostPort(), B.hostPort()), net.attempts.stream().map(RelayEndpoint::hostPort).toList());
        assertEquals(A.address(), net.attempts.getFirst().expected().orElseThrow(), "seed address is pinned");
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        UpdatePresence published = a.sent(UpdatePresence.class).getFirst();
        assertEquals(A.hostPort(), published.presence().addresses().getFirst().hostName());
        assertEquals(ME.address(), published.presence().wallet());
        GetSectorNodes ask = a.sent(GetSectorNodes.class).getFirst();
        assertEquals(Sectors.CLIENT_COUNT, ask.maxCount());
        assertTrue(java.util.Arrays.equals(Sectors.prefix(ME.address()), ask.prefix()));
        assertEquals(A.hostPort(), engine.state().primaryRelay().orElseThrow());
        assertEquals(List.of(A.hostPort()), engine.state().connectedRelays());
        assertTrue(listener.states.getLast().running());
    }

    @Test
    void movesFromItsSeedToTheRelaysOfItsOwnSectorAndFailsOverAmongThem() {
        TestRelays.Relay seed = TestRelays.relay(7009);
        engine = new ClientEngine(new S2ClientConfig(TestRelays.LOCAL, ME, List.of(seed.seed()),
                ClientTimings.defaults().withBackoff(STEADY), clock, "linnet-test", 2), net, new ListenerHub(Runnable::run),
                new SplittableRandom(1));
        net.attempts.clear();
        engine.start();
        FakeConnector.FakeLink s = net.up(seed.hostPort(), seed.address());
        engine.message(s, sectorAnswer(ME));
        engine.tick();
        List<String> sector = engine.state().homeRelays().subList(0, 3);
        assertEquals(java.util.Set.of(A.hostPort(), B.hostPort(), C.hostPort()), java.util.Set.copyOf(sector));
        assertEquals(seed.hostPort(), engine.state().homeRelays().get(3), "the seed stays as a last resort");
        // the seed is still up and counts as one of the two, so only the first sector relay is dialled
        assertEquals(List.of(seed.hostPort(), sector.get(0)), net.attempts.stream().map(RelayEndpoint::hostPort).toList());
        assertTrue(net.attempts.get(1).expected().isPresent(), "sector relays are pinned to their addresses");
        net.fail(sector.get(0));
        assertEquals(sector.get(1), net.attempts.getLast().hostPort(), "failing over to the next sector relay");
        net.up(sector.get(1), null);
        assertEquals(seed.hostPort(), engine.state().primaryRelay().orElseThrow(), "primary stays while it lives");
        net.down(s);
        assertEquals(sector.get(1), engine.state().primaryRelay().orElseThrow());
    }

    @Test
    void refreshesItsKeepAliveEveryHundredSecondsOnEveryRelay() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        FakeConnector.FakeLink b = net.up(B.hostPort(), B.address());
        long first = engine.state().presenceTimestamp().orElseThrow();
        assertEquals(1, b.sent(UpdatePresence.class).size(), "a relay that comes up later gets the presence pushed");
        advance(99);
        assertTrue(a.sent(KeepAlivePresence.class).isEmpty());
        advance(1);
        KeepAlivePresence ka = a.sent(KeepAlivePresence.class).getFirst();
        assertEquals(ka, b.sent(KeepAlivePresence.class).getFirst());
        assertEquals(first + 100, ka.keepAlive().timestamp());
        assertEquals(A.hostPort(), ka.keepAlive().hostName());
        advance(100);
        assertEquals(2, a.sent(KeepAlivePresence.class).size());
    }

    @Test
    void losingThePrimaryRepublishesOnTheNextAndReconnectsWithBackoff() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        FakeConnector.FakeLink b = net.up(B.hostPort(), B.address());
        long before = engine.state().presenceTimestamp().orElseThrow();
        b.clear();
        net.down(a);
        assertEquals(B.hostPort(), engine.state().primaryRelay().orElseThrow());
        UpdatePresence moved = b.sent(UpdatePresence.class).getFirst();
        assertEquals(B.hostPort(), moved.presence().addresses().getFirst().hostName());
        assertTrue(moved.presence().addresses().getFirst().lastSeen() >= before + 2);
        // the third seed is tried at once to keep two home relays; A only after its backoff
        assertEquals(1, net.attemptsTo(C.hostPort()));
        assertEquals(1, net.attemptsTo(A.hostPort()));
        net.fail(C.hostPort());
        clock.advance(Duration.ofMillis(999));
        engine.tick();
        assertEquals(1, net.attemptsTo(A.hostPort()), "A is still in backoff");
        advance(1);
        assertEquals(2, net.attemptsTo(A.hostPort()));
        net.up(A.hostPort(), A.address());
        assertEquals(B.hostPort(), engine.state().primaryRelay().orElseThrow(), "primary stays while it lives");
    }

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
    void incomingMessagesReachTheListenerAndStrangersAreDropped() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        StreamMessage toMe = StreamMessage.builder(1, clock).sender(BOB.address()).recipient(ME.address())
                .data(Bytes.utf8("hello")).build();
        engine.message(a, S2Data.of(toMe));
        engine.message(a, S2Data.of(toMe.toBuilder().recipient(BOB.address()).build()));
        engine.message(a, new S2Data(new byte[] {5, 1, 2}));
        assertEquals(List.of(new RecordingListener.Received(toMe, A.hostPort())), listener.messages);
    }

    @Test
    void answersARelaysPresenceQueryAboutItself() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        a.clear();
        engine.message(a, new GetPresence2(BOB.address()));
        assertTrue(a.sent.isEmpty());
        engine.message(a, new GetPresence2(ME.address()));
        assertEquals(ME.address(), a.sent(UpdatePresence.class).getFirst().presence().wallet());
    }

    @Test
    void closingFailsPendingSendsAndClosesConnections() {
        FakeConnector.FakeLink a = net.up(A.hostPort(), A.address());
        CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
        engine.send(messageTo(BOB), result);
        engine.close();
        assertEquals(DeliveryResult.Outcome.FAILED, result.getNow(null).outcome());
        assertTrue(a.closed);
        assertFalse(engine.state().running());
        CompletableFuture<DeliveryResult> late = new CompletableFuture<>();
        engine.send(messageTo(BOB), late);
        assertEquals(DeliveryResult.Outcome.FAILED, late.getNow(null).outcome());
    }
}
