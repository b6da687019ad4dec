package io.linnet.s2.relay;

import static io.linnet.s2.net.NetTesting.WAIT;
import static io.linnet.s2.net.NetTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.s2.message.RelayError;
import io.linnet.s2.message.S2Data;
import io.linnet.s2.net.NetTesting;
import io.linnet.s2.net.RateLimit;
import io.linnet.s2.wire.FrameEncoder;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.WireEvent;
import java.io.ByteArrayOutputStream;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the relay does when a recipient reads slowly or not at all: everyone's frames to it still arrive
 * complete and in order while it reads, a recipient that stops reading fills only its own bounded queue
 * (the senders get the relay's error for what does not fit) and is cut off, and its senders go on
 * talking to others meanwhile.
 */
class RelayBackpressureTest extends RelayTestCase {

    /** {@code count} messages "{tag}{i}" padded to about {@code size} bytes, as one block of bytes to write at once. */
    private static byte[] burst(TestClient from, TestClient to, String tag, int count, int size) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String pad = "-".repeat(size);
        for (int i = 0; i < count; i++) {
            StreamMessage m = StreamMessage.builder(1, InstantSource.system()).type(StreamMessageCode.DATA)
                    .encryptionType(EncryptionCode.NONE).id(Bytes.utf8(tag + i)).sender(from.address())
                    .recipient(to.address()).data(Bytes.utf8(tag + i + pad)).build();
            b.writeBytes(FrameEncoder.encode(S2Data.of(m).toFrame()));
        }
        return b.toByteArray();
    }

    @Test
    void framesFromSeveralSendersReachAReaderThatPausesCompleteAndInOrder() throws Exception {
        relay = RelayTesting.start(RelayTesting.config(relayKey, 0).withRateLimit(RateLimit.unlimited())); // bulk senders
        TestClient alice = keep(TestClient.connect(relay.port(), aliceKey));
        TestClient carol = keep(TestClient.connect(relay.port(), carolKey));
        TestClient bob = keep(TestClient.connect(relay.port(), bobKey, 8192));
        bob.peer.pauseReading();

        // 2 × 1500 × 2 KB = 6 MB: more than the kernel buffers between the relay and bob can hold (at most
        // 4 MB here), so part of it waits in the relay's queue for bob while the rest is written at once
        int n = 1500;
        Thread a = Thread.ofVirtual().start(() -> write(alice, burst(alice, bob, "a", n, 2000)));
        Thread c = Thread.ofVirtual().start(() -> write(carol, burst(carol, bob, "c", n, 2000)));
        a.join();
        c.join();
        for (int k = 0; k < 10; k++) {
            bob.peer.resumeReading();
            Thread.sleep(20);
            bob.peer.pauseReading();
            Thread.sleep(20);
        }
        bob.peer.resumeReading();

        Map<Character, Integer> next = new HashMap<>(Map.of('a', 0, 'c', 0));
        for (int i = 0; i < 2 * n; i++) {
            String text = new String(bob.awaitData(WAIT).message().data().toByteArray());
            char from = text.charAt(0);
            int number = Integer.parseInt(text.substring(1, text.indexOf('-')));
            assertEquals(next.get(from), number, "messages of " + from + " in order, none lost");
            next.put(from, number + 1);
        }
        assertEquals(0, relay.stats().errorsReplied());
        assertEquals(3, relay.stats().sessions());
    }

    @Test
    void aRecipientThatNeverReadsFillsOnlyItsOwnQueueIsCutOffAndItsSenderGoesOnTalking() throws Exception {
        // frames up to 64 KiB: each connection's send queue then holds at most 16 MiB + 64 KiB
        relay = RelayTesting.start(RelayTesting.config(relayKey, 0).withRateLimit(RateLimit.unlimited())
                .withMaxPayload(64 * 1024));
        TestClient alice = keep(TestClient.connect(relay.port(), aliceKey));
        TestClient carol = keep(TestClient.connect(relay.port(), carolKey));
        TestClient bob = keep(TestClient.connect(relay.port(), bobKey, 4096));
        bob.peer.pauseReading(); // bob still pings (TestClient does), so only his not reading counts

        // 8 000 × 4 KB = 32 MB: beyond the kernel buffers (at most 4 MB here) and the relay's queue for bob
        alice.peer.write(burst(alice, bob, "a", 8000, 4000));
        alice.sendTo(carol.address(), "meanwhile");
        assertEquals("meanwhile", new String(carol.awaitData(WAIT).message().data().toByteArray()));

        WireEvent refused = alice.peer.await(e -> e instanceof WireEvent.FrameReceived f
                && f.frame().code().equals(MessageCode.S2_DATA) && f.frame().payload()[0] == 0, WAIT);
        RelayError error = RelayError.of(new S2Data(((WireEvent.FrameReceived) refused).frame().payload())).orElseThrow();
        assertEquals(bob.address(), error.unreachable().orElseThrow(), "the error names the unreachable recipient");
        assertTrue(relay.stats().errorsReplied() > 0);

        waitFor("bob cut off", () -> relay.stats().cutOff() == 1 && relay.stats().sessions() == 2,
                WAIT.plus(RelayTesting.TIMINGS.silenceTimeout()));
        alice.sendTo(carol.address(), "still here");
        assertEquals("still here", new String(carol.awaitData(WAIT).message().data().toByteArray()));
    }

    private static void write(TestClient c, byte[] bytes) {
        try {
            c.peer.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
