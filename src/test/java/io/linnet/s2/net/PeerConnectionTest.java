package io.linnet.s2.net;

import static io.linnet.s2.net.NetTesting.FAST;
import static io.linnet.s2.net.NetTesting.WAIT;
import static io.linnet.s2.net.NetTesting.fastOptions;
import static io.linnet.s2.net.NetTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.message.Bye;
import io.linnet.s2.message.ByeReason;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.FrameEncoder;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.WireEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport alone: time samples, pings, clocks, bye, tolerance, rate limit, closing, the end of an I/O group. */
class PeerConnectionTest {
    private ServerSocketChannel server;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = NetTesting.listen();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        server.close();
    }

    /** A raw peer dialling an accepted, started connection with the given options. */
    private record Pair(PeerConnection conn, RawPeer peer, RecordingListener listener) {}

    private Pair pair(ConnectionOptions options) throws IOException {
        Pair p = unstarted(options);
        p.conn.start();
        return p;
    }

    /** {@link #pair} without starting the accepted connection. */
    private Pair unstarted(ConnectionOptions options) throws IOException {
        RawPeer peer = RawPeer.connect(NetTesting.port(server));
        SocketChannel accepted = server.accept();
        RecordingListener l = new RecordingListener();
        PeerConnection conn = PeerConnection.accepted(accepted, options, l);
        open.add(conn);
        open.add(peer);
        return new Pair(conn, peer, l);
    }

    @Test
    void acceptingSideSendsExactlyFiveTimeSamplesFirstThenPingsWhenIdle() throws Exception {
        Pair p = pair(fastOptions());
        p.conn.markHandshakeComplete();
        p.peer.await(e -> e instanceof WireEvent.Ping, WAIT);
        List<WireEvent> seen = p.peer.seen();
        for (int i = 0; i < 5; i++) {
            assertTrue(seen.get(i) instanceof WireEvent.TimeSample ts && ts.index() == i, "unit " + i + ": " + seen.get(i));
        }
        assertTrue(seen.get(5) instanceof WireEvent.Ping);
        long now = System.currentTimeMillis();
        long sample = ((WireEvent.TimeSample) seen.get(0)).remoteMillis();
        assertTrue(Math.abs(now - sample) < 5000, "sample carries the current time in ms");
    }

    @Test
    void framesOfAnEstablishedConnectionAreDeliveredInOrderOnItsIoLoopAndSentBack() throws Exception {
        Pair p = pair(fastOptions());
        p.conn.markHandshakeComplete();
        for (int i = 1; i <= 3; i++) {
            p.peer.write(FrameEncoder.encode(MessageCode.S2_DATA, new byte[] {(byte) i}));
        }
        waitFor("3 frames", () -> p.listener.frames.size() == 3, WAIT);
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, p.listener.frames.get(i).payload()[0]);
        }
        assertTrue(p.listener.threads.stream().allMatch(t -> t.equals(p.listener.threads.getFirst()) && t.startsWith("s2-io-")),
                p.listener.threads.toString());
        assertTrue(p.conn.send(new Frame(MessageCode.GET_RANDOM_PRESENCES, new byte[] {'R'})));
        Frame back = p.peer.awaitFrame(MessageCode.GET_RANDOM_PRESENCES, WAIT);
        assertEquals('R', back.payload()[0]);
        assertEquals(3, p.conn.stats().framesIn());
        waitFor("frame counted", () -> p.conn.stats().framesOut() == 1, WAIT);
    }

    @Test
    void handshakeDeadlineCutsAPeerThatOnlyPings() throws Exception {
        Pair p = pair(fastOptions());
        long start = System.nanoTime();
        for (int i = 0; i < 20 && !p.peer.isEof(); i++) {
            p.peer.ping();
            Thread.sleep(100);
        }
        assertTrue(p.conn.awaitClosed(WAIT));
        assertEquals(CloseReason.Kind.HANDSHAKE_TIMEOUT, p.listener.reason.get().kind());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= FAST.handshakeDeadline().toMillis() - 50, "cut after " + ms + " ms");
        assertTrue(p.peer.awaitEof(WAIT));
    }

    @Test
    void silenceAfterTheHandshakeEndsTheConnection() throws Exception {
        Pair p = pair(fastOptions());
        p.conn.markHandshakeComplete();
        assertTrue(p.conn.awaitClosed(WAIT));
        assertEquals(CloseReason.Kind.SILENCE_TIMEOUT, p.listener.reason.get().kind());
    }

    @Test
    void pingsFromThePeerKeepTheConnectionAlive() throws Exception {
        Pair p = pair(fastOptions());
        p.conn.markHandshakeComplete();
        long until = System.nanoTime() + 3 * FAST.silenceTimeout().toNanos();
        while (System.nanoTime() < until) {
            p.peer.ping();
            Thread.sleep(FAST.pingAfterIdle().toMillis());
        }
        assertTrue(p.conn.isOpen());
        assertTrue(p.conn.stats().pingsIn() > 5);
        assertTrue(p.conn.stats().pingsOut() > 5);
    }

    @Test
    void receivedByeEndsTheConnectionWithItsReason() throws Exception {
        Pair p = pair(fastOptions());
        p.peer.send(new Bye(ByeReason.BYE, "leaving", ""));
        assertTrue(p.conn.awaitClosed(WAIT));
        CloseReason r = p.listener.reason.get();
        assertEquals(CloseReason.Kind.BYE_RECEIVED, r.kind());
        assertEquals("leaving", r.bye().orElseThrow().message());
        assertTrue(p.listener.frames.isEmpty(), "bye is not delivered as a frame");
    }

    @Test
    void sendByeWritesItAfterQueuedFramesThenHangsUp() throws Exception {
        Pair p = pair(fastOptions());
        p.conn.send(new Frame(MessageCode.S2_DATA, new byte[] {9}));
        p.conn.sendBye(new Bye(ByeReason.REJECTED, "go away", "x"));
        assertFalse(p.conn.send(new Frame(MessageCode.S2_DATA, new byte[] {10})), "nothing after a bye");
        p.peer.awaitFrame(MessageCode.S2_DATA, WAIT);
        Bye bye = p.peer.awaitBye(WAIT);
        assertEquals(605, bye.reasonCode());
        assertTrue(p.peer.awaitEof(WAIT));
        assertTrue(p.conn.awaitClosed(WAIT));
        assertEquals(CloseReason.Kind.BYE_SENT, p.listener.reason.get().kind());
    }

    @Test
    void closeIsIdempotentAndOnClosedComesOnce() throws Exception {
        Pair p = pair(fastOptions());
        p.conn.close();
        p.conn.close();
        p.conn.close(CloseReason.of(CloseReason.Kind.IO_ERROR, "later"));
        assertTrue(p.conn.awaitClosed(WAIT));
        assertEquals(CloseReason.Kind.CLOSED_LOCALLY, p.listener.reason.get().kind());
        Thread.sleep(50);
        assertEquals(1, p.listener.closedCalls.get());
        assertTrue(p.peer.awaitEof(WAIT));
        assertFalse(p.conn.send(new Frame(MessageCode.S2_DATA, new byte[] {1})));
    }

    @Test
    void peerClosingIsReported() throws Exception {
        Pair p = pair(fastOptions());
        p.peer.close();
        assertTrue(p.conn.awaitClosed(WAIT));
        CloseReason.Kind k = p.listener.reason.get().kind();
        assertTrue(k == CloseReason.Kind.PEER_CLOSED || k == CloseReason.Kind.IO_ERROR, k.toString());
    }

    @Test
    void strictToleranceCutsGarbageButLenientOnlyCounts() throws Exception {
        byte[] garbage = new byte[4000];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (0x30 + i % 40);
        }
        Pair lenient = pair(fastOptions());
        lenient.conn.markHandshakeComplete();
        lenient.peer.write(garbage);
        waitFor("garbage counted", () -> lenient.conn.stats().ignoredBytes() == garbage.length, WAIT);
        assertTrue(lenient.conn.isOpen());

        Pair strict = pair(fastOptions().withTolerance(WireTolerance.strict()));
        strict.conn.markHandshakeComplete();
        strict.peer.write(garbage);
        assertTrue(strict.conn.awaitClosed(WAIT));
        assertEquals(CloseReason.Kind.PROTOCOL_VIOLATION, strict.listener.reason.get().kind());
    }

    @Test
    void strictToleranceCutsAnOversizedLengthAtOnce() throws Exception {
        Pair p = pair(fastOptions().withTolerance(WireTolerance.strict(1000)));
        p.conn.markHandshakeComplete();
        byte[] header = FrameEncoder.header(MessageCode.S2_DATA, 1001, 0);
        p.peer.write(header);
        assertTrue(p.conn.awaitClosed(WAIT));
        assertEquals(CloseReason.Kind.PROTOCOL_VIOLATION, p.listener.reason.get().kind());
        assertEquals(1, p.listener.problems.size());
    }

    @Test
    void strictToleranceForgivesThreeBadChecksumsButNotFour() throws Exception {
        Pair p = pair(fastOptions().withTolerance(WireTolerance.strict()));
        p.conn.markHandshakeComplete();
        byte[] bad = FrameEncoder.encode(MessageCode.S2_DATA, new byte[] {1, 2, 3});
        bad[bad.length - 1] ^= 1;
        for (int i = 0; i < 3; i++) {
            p.peer.write(bad);
        }
        p.peer.write(FrameEncoder.encode(MessageCode.S2_DATA, new byte[] {4}));
        waitFor("good frame", () -> p.listener.frames.size() == 1, WAIT);
        assertTrue(p.conn.isOpen());
        p.peer.write(bad);
        assertTrue(p.conn.awaitClosed(WAIT));
        assertEquals(CloseReason.Kind.PROTOCOL_VIOLATION, p.listener.reason.get().kind());
        assertEquals(4, p.conn.stats().checksumMismatches());
    }

    @Test
    void frameRateLimitEndsAFloodWithBye605() throws Exception {
        Pair p = pair(fastOptions().withRateLimit(new RateLimit(20, 0, 1)));
        p.conn.markHandshakeComplete();
        byte[] frame = FrameEncoder.encode(MessageCode.GET_RANDOM_PRESENCES, new byte[] {'R'});
        byte[] flood = new byte[frame.length * 100];
        for (int i = 0; i < 100; i++) {
            System.arraycopy(frame, 0, flood, i * frame.length, frame.length);
        }
        p.peer.write(flood);
        Bye bye = p.peer.awaitBye(WAIT);
        assertEquals(605, bye.reasonCode());
        assertTrue(p.conn.awaitClosed(WAIT));
        assertEquals(CloseReason.Kind.BYE_SENT, p.listener.reason.get().kind());
        int delivered = p.listener.frames.size();
        assertTrue(delivered >= 20 && delivered < 30, "delivered " + delivered + " of 100");
    }

    @Test
    void frameRateWithinTheLimitIsFine() throws Exception {
        Pair p = pair(fastOptions().withRateLimit(new RateLimit(50, 10_000, 1)));
        p.conn.markHandshakeComplete();
        for (int i = 0; i < 30; i++) {
            p.peer.write(FrameEncoder.encode(MessageCode.GET_RANDOM_PRESENCES, new byte[] {'R'}));
            Thread.sleep(25);
        }
        waitFor("30 frames", () -> p.listener.frames.size() == 30, WAIT);
        assertTrue(p.conn.isOpen());
    }

    @Test
    void sendQueueRefusesBeyondItsBound() throws Exception {
        Pair p = pair(fastOptions().withQueueLimits(2, Long.MAX_VALUE));
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            if (p.conn.send(new Frame(MessageCode.S2_DATA, new byte[4096]))) {
                accepted++;
            }
        }
        assertTrue(accepted < 50_000, "some refused");
        assertTrue(p.conn.stats().sendRefused() > 0);
    }

    @Test
    void closeBeforeStartStillNotifiesOnce() throws Exception {
        RawPeer peer = RawPeer.connect(NetTesting.port(server));
        open.add(peer);
        RecordingListener l = new RecordingListener();
        PeerConnection conn = PeerConnection.accepted(server.accept(), fastOptions(), l);
        conn.close();
        conn.start();
        assertTrue(conn.awaitClosed(Duration.ofSeconds(1)));
        assertEquals(1, l.closedCalls.get());
    }

    private static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
    }

    @Test
    void closingTheGroupEndsItsThreadsAndEveryConnectionOnItHearsItsEnd() throws Exception {
        IoLoops loops = new IoLoops("loops-test-a", 2);
        ConnectionOptions options = fastOptions().withLoops(loops);
        List<Pair> served = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Pair a = unstarted(options);
            a.conn.markHandshakeComplete();
            a.conn.start();
            a.peer.await(e -> e instanceof WireEvent.TimeSample ts && ts.index() == 4, WAIT);
            served.add(a);
        }
        assertEquals(2, threadsNamed("loops-test-a-"));

        loops.close();

        assertEquals(0, threadsNamed("loops-test-a-"), "close() waits for the loop threads");
        for (Pair a : served) {
            assertTrue(a.conn.awaitClosed(WAIT));
            assertEquals(CloseReason.Kind.CLOSED_LOCALLY, a.listener.reason.get().kind());
            assertEquals(1, a.listener.closedCalls.get());
            assertTrue(a.peer.awaitEof(WAIT), "the socket is closed");
        }
        assertThrows(IllegalStateException.class, () -> unstarted(options));
    }

    @Test
    void aConnectionStartedOrClosedAfterItsGroupEndedStillEndsAndReportsOnce() throws Exception {
        IoLoops loops = new IoLoops("loops-test-b", 1);
        ConnectionOptions options = fastOptions().withLoops(loops);
        Pair running = unstarted(options);
        running.conn.start();
        running.peer.await(e -> e instanceof WireEvent.TimeSample, WAIT);
        Pair late = unstarted(options);

        loops.close();
        late.conn.start();

        assertTrue(late.conn.awaitClosed(WAIT), "a start after the end is not lost");
        assertEquals(CloseReason.Kind.CLOSED_LOCALLY, late.listener.reason.get().kind());
        assertTrue(late.peer.awaitEof(WAIT));
        assertFalse(late.conn.send(new Frame(MessageCode.S2_DATA, new byte[] {1})));
        running.conn.close();
        assertTrue(running.conn.awaitClosed(WAIT));
        late.conn.close();
        assertEquals(1, running.listener.closedCalls.get());
        assertEquals(1, late.listener.closedCalls.get());
    }
}
