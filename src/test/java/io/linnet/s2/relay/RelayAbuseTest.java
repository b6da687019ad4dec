package io.linnet.s2.relay;

import static io.linnet.s2.net.NetTesting.WAIT;
import static io.linnet.s2.net.NetTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.message.GetRandomPresences;
import io.linnet.s2.net.NetTesting;
import io.linnet.s2.net.RateLimit;
import io.linnet.s2.net.RawPeer;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.FrameEncoder;
import io.linnet.s2.wire.MessageCode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Misbehaving peers are cut off one by one while well-behaved ones keep working. */
class RelayAbuseTest extends RelayTestCase {

    /** Alice sends to Bob every 20 ms on a virtual thread while a test does its damage. */
    private final class Conversation {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger received = new AtomicInteger();
        private volatile boolean running = true;
        private final Thread sender;
        private final Thread receiver;

        Conversation(TestClient alice, TestClient bob) {
            sender = Thread.ofVirtual().start(() -> {
                try {
                    while (running) {
                        alice.sendTo(bob.address(), "m" + sent.incrementAndGet());
                        Thread.sleep(20);
                    }
                } catch (Exception e) {
                    running = false;
                }
            });
            receiver = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        String text = new String(bob.awaitData(WAIT).message().data().toByteArray());
                        assertEquals("m" + (received.get() + 1), text, "in order, none lost");
                        received.incrementAndGet();
                    }
                } catch (Throwable e) {
                    // ends when the test stops sending
                }
            });
        }

        void stopAndCheck() throws InterruptedException {
            running = false;
            sender.join();
            waitFor("all delivered", () -> received.get() == sent.get(), WAIT);
            receiver.interrupt();
        }
    }

    @Test
    void garbageOversizeBadChecksumsSilenceAndSlowlorisAreCutOffWhileAGoodPairKeepsTalking() throws Exception {
        relay = RelayTesting.start(RelayTesting.config(relayKey, 0));
        TestClient alice = keep(TestClient.connect(relay.port(), aliceKey));
        TestClient bob = keep(TestClient.connect(relay.port(), bobKey));
        Conversation talk = new Conversation(alice, bob);

        byte[] garbage = new byte[5000];
        new SplittableRandom(7).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if ((garbage[i] & 0xFF) == 0xEA || garbage[i] == 2) {
                garbage[i] = 0x55;
            }
        }
        RawPeer noise = keep(RawPeer.connect(relay.port())).write(garbage);
        RawPeer oversize = keep(RawPeer.connect(relay.port())).write(oversizedHeader(60_000_000));
        RawPeer badCrc = keep(RawPeer.connect(relay.port()));
        byte[] bad = FrameEncoder.encode(MessageCode.HELLO, new byte[] {6, 1, 2, 3});
        bad[bad.length - 1] ^= 0x40;
        for (int i = 0; i < 4; i++) {
            badCrc.write(bad);
        }
        RawPeer nothing = keep(RawPeer.connect(relay.port()));
        RawPeer halfHeader = keep(RawPeer.connect(relay.port())).write(new byte[] {(byte) 0xEA, 26, 0, 100});
        TestClient junkFrames = keep(TestClient.connect(relay.port(), malloryKey));
        for (int i = 0; i < 4; i++) {
            junkFrames.peer.write(FrameEncoder.encode(MessageCode.UPDATE_PRESENCE, new byte[] {1, 9, 9, 9}));
        }
        RawPeer silentAfterHello = keep(RawPeer.connect(relay.port()));
        silentAfterHello.send(TestClient.hello(NetTesting.client(malloryKey), 1, ""));

        for (RawPeer p : List.of(noise, oversize, badCrc, nothing, halfHeader, silentAfterHello)) {
            assertTrue(p.awaitEof(WAIT), "cut off: " + p.seen());
        }
        assertEquals(605, junkFrames.peer.awaitBye(WAIT).reasonCode());
        assertTrue(junkFrames.peer.awaitEof(WAIT));
        Thread.sleep(RelayTesting.TIMINGS.silenceTimeout().toMillis());
        talk.stopAndCheck();
        assertTrue(talk.received.get() > 30, "the pair talked throughout: " + talk.received.get());
        waitFor("7 cut off", () -> relay.stats().cutOff() == 7, WAIT);
        assertEquals(2, relay.stats().sessions(), "alice and bob are still connected");
    }

    /** A well-formed header (good check byte) declaring more than the network allows. */
    static byte[] oversizedHeader(int length) {
        byte[] h = FrameEncoder.header(MessageCode.S2_DATA, 1, 0);
        for (int i = 0; i < 4; i++) {
            h[3 + i] = (byte) (length >>> (8 * i));
        }
        h[11] = (byte) FrameEncoder.headerCheck(h, 0);
        return h;
    }

    @Test
    void floodingClientIsCutOffByTheRateLimitAndOthersAreNotAffected() throws Exception {
        relay = RelayTesting.start(RelayTesting.config(relayKey, 0).withRateLimit(new RateLimit(40, 0, 1)));
        TestClient alice = keep(TestClient.connect(relay.port(), aliceKey));
        TestClient bob = keep(TestClient.connect(relay.port(), bobKey));
        TestClient flood = keep(TestClient.connect(relay.port(), malloryKey));
        Conversation talk = new Conversation(alice, bob);
        byte[] ask = FrameEncoder.encode(new GetRandomPresences(NodeType.RELAY).toFrame());
        try {
            for (int i = 0; i < 300 && !flood.peer.isEof(); i++) {
                flood.peer.write(ask);
            }
        } catch (java.io.IOException cutOffMidWrite) {
            // the relay may close the connection between the EOF check and the write: that is the cut-off
        }
        assertEquals(605, flood.peer.awaitBye(WAIT).reasonCode());
        Thread.sleep(300);
        talk.stopAndCheck();
        assertTrue(talk.received.get() >= 10);
        assertEquals(1, relay.stats().cutOff());
    }

    @Test
    void clientBeyondMaxClientsIsRefusedWithBye605UntilSomeoneLeaves() throws Exception {
        relay = RelayTesting.start(RelayTesting.config(relayKey, 0).withMaxClients(2));
        TestClient alice = keep(TestClient.connect(relay.port(), aliceKey));
        keep(TestClient.connect(relay.port(), bobKey));
        try (RawPeer third = RawPeer.connect(relay.port())) {
            assertEquals(605, third.awaitBye(WAIT).reasonCode());
            assertTrue(third.awaitEof(WAIT));
        }
        assertEquals(1, relay.stats().refusedFull());
        alice.close();
        waitFor("alice gone", () -> relay.stats().connections() == 1, WAIT);
        keep(TestClient.connect(relay.port(), malloryKey));
        assertEquals(2, relay.stats().sessions());
    }

    @Test
    void clientHelloSignedForAnotherHostIsRefusedWhenSignaturesAreRequired() throws Exception {
        relay = RelayTesting.start(RelayTesting.config(relayKey, 0));
        try (RawPeer p = RawPeer.connect(relay.port())) {
            p.send(TestClient.hello(NetTesting.client(aliceKey), 77, "9.9.9.9:1"));
            assertEquals(600, p.awaitBye(WAIT).reasonCode());
        }
        try (RawPeer p = RawPeer.connect(relay.port())) {
            p.send(TestClient.hello(NetTesting.client(aliceKey), 77, relay.publicHost()));
            p.awaitFrame(MessageCode.HELLO_DATA, WAIT);
        }
    }

    @Test
    void withoutTheSignatureRuleAnyClientHelloIsAcceptedAsIxianDoes() throws Exception {
        relay = RelayTesting.start(RelayTesting.config(relayKey, 0).withRequireClientSignature(false));
        try (RawPeer p = RawPeer.connect(relay.port())) {
            p.send(TestClient.hello(NetTesting.client(aliceKey), 77, "9.9.9.9:1"));
            p.awaitFrame(MessageCode.HELLO_DATA, WAIT);
        }
    }
}
