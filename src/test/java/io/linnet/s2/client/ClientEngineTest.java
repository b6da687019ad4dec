package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.GetSectorNodes;
import io.linnet.s2.message.KeepAlivePresence;
import io.linnet.s2.message.S2Data;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.sector.Sectors;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Connections, presence publishing, incoming messages and close, driven by hand. */
class ClientEngineTest extends EngineTestBase {

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
    void movesFromItsSeedToTheRelaysOfItsOwnSectorFailsOverAmongThemAndLetsTheSeedGo() {
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
        assertEquals(List.of(seed.hostPort(), sector.get(0), sector.get(1)),
                net.attempts.stream().map(RelayEndpoint::hostPort).toList());
        assertTrue(net.attempts.get(1).expected().isPresent(), "sector relays are pinned to their addresses");
        net.fail(sector.get(0));
        assertEquals(sector.get(2), net.attempts.getLast().hostPort(), () -> "failing over to the next sector relay: " + net.attempts);
        net.up(sector.get(1), null);
        assertEquals(seed.hostPort(), engine.state().primaryRelay().orElseThrow(), "primary stays while it lives");
        advance(120);
        assertTrue(s.closed, "a seed outside the sector is let go once idle");
        assertEquals(sector.get(1), engine.state().primaryRelay().orElseThrow());
    }

    @Test
    void aSeedThatIsNoRelayIsAskedAboutSectorsButNeverNamedAsPrimary() {
        FakeConnector.FakeLink a = new FakeConnector.FakeLink(net.attempts.getFirst(), A.address());
        a.type = io.linnet.s2.presence.NodeType.MASTER;
        engine.linkUp(a);
        assertEquals(1, a.sent(GetSectorNodes.class).size());
        assertTrue(a.sent(UpdatePresence.class).isEmpty());
        assertTrue(engine.state().primaryRelay().isEmpty());
        FakeConnector.FakeLink b = net.up(B.hostPort(), B.address());
        assertEquals(B.hostPort(), engine.state().primaryRelay().orElseThrow());
        assertEquals(1, b.sent(UpdatePresence.class).size());
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
