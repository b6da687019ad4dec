package io.linnet.s2.net;

import static io.linnet.s2.net.NetTesting.FAST;
import static io.linnet.s2.net.NetTesting.WAIT;
import static io.linnet.s2.net.NetTesting.fastOptions;
import static io.linnet.s2.net.NetTesting.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.FrameEncoder;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.WireEvent;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writing to one connection from several threads at once: from an I/O loop (a listener of another
 * connection passing frames on, as a relay does) and from an ordinary thread, while the peer reads
 * slowly or not at all.
 */
class PeerConnectionWritesTest {
    private ServerSocketChannel server;
    private IoLoops loops;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = NetTesting.listen();
        loops = new IoLoops("test-io", 2);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        loops.close();
        server.close();
    }

    /** A peer and the accepted, started connection to it; the socket's send buffer is small if asked. */
    private PeerConnection accept(RawPeer peer, ConnectionOptions options, ConnectionListener listener, int sendBuffer)
            throws IOException {
        SocketChannel ch = server.accept();
        if (sendBuffer > 0) {
            ch.setOption(StandardSocketOptions.SO_SNDBUF, sendBuffer);
        }
        PeerConnection c = PeerConnection.accepted(ch, options, listener);
        open.add(c);
        open.add(peer);
        c.markHandshakeComplete();
        c.start();
        return c;
    }

    private static Frame numbered(MessageCode code, char series, int i, int size) {
        byte[] p = new byte[size];
        p[0] = (byte) series;
        ByteBuffer.wrap(p).putInt(1, i);
        return new Frame(code, p);
    }

    /** Forwards every frame to {@code to}, counting the ones it refused and noting the threads it ran on. */
    private static final class Forwarder implements ConnectionListener {
        final List<Frame> frames = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final AtomicInteger refused = new AtomicInteger();
        volatile PeerConnection to;

        @Override
        public void onFrame(PeerConnection connection, Frame frame) {
            threads.add(Thread.currentThread().getName());
            frames.add(frame);
            if (!to.send(frame)) {
                refused.incrementAndGet();
            }
        }

        @Override
        public void onClosed(PeerConnection connection, CloseReason reason) {}
    }

    /** Pings from the given peers every {@code every} until stopped, so only what a test does decides. */
    private Thread pinging(Duration every, RawPeer... peers) {
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    for (RawPeer p : peers) {
                        p.ping();
                    }
                    Thread.sleep(every);
                }
            } catch (IOException | InterruptedException e) {
                // stopped, or a peer was closed
            }
        });
        open.add(t::interrupt);
        return t;
    }

    @Test
    void framesFromALoopThreadAndFromAnotherThreadReachASlowPeerCompleteAndEachInOrder() throws Exception {
        S2Timings patient = new S2Timings(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofMillis(200));
        ConnectionOptions options = fastOptions().withTimings(patient).withLoops(loops);
        RawPeer source = RawPeer.connect(NetTesting.port(server));
        Forwarder forward = new Forwarder();
        PeerConnection in = accept(source, options, forward, 0);
        RawPeer sink = RawPeer.connect(NetTesting.port(server), 4096).pauseReading();
        PeerConnection out = accept(sink, options, new RecordingListener(), 4096);
        forward.to = out;
        pinging(Duration.ofMillis(200), source, sink);

        int n = 1500;
        int size = 1500; // 2 × 1500 × 1.5 KB: far more than the small socket buffers hold, so writes wait
        Thread direct = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < n; i++) {
                assertTrue(out.send(numbered(MessageCode.GET_BALANCE2, 't', i, size)), "queued " + i);
            }
        });
        byte[] burst = new byte[0];
        for (int i = 0; i < n; i++) {
            byte[] f = FrameEncoder.encode(numbered(MessageCode.S2_DATA, 'f', i, size));
            burst = java.util.Arrays.copyOf(burst, burst.length + f.length);
            System.arraycopy(f, 0, burst, burst.length - f.length, f.length);
        }
        source.write(burst);
        direct.join();
        waitFor("all forwarded", () -> forward.frames.size() == n, WAIT);
        for (int k = 0; k < 20; k++) { // let the sink read in bursts: writes alternate between at once and later
            sink.resumeReading();
            Thread.sleep(5);
            sink.pauseReading();
            Thread.sleep(5);
        }
        sink.resumeReading();

        int[] next = new int[128];
        for (int received = 0; received < 2 * n; received++) {
            WireEvent e = sink.await(ev -> ev instanceof WireEvent.FrameReceived, WAIT);
            Frame f = ((WireEvent.FrameReceived) e).frame();
            byte[] p = f.payload();
            int i = ByteBuffer.wrap(p).getInt(1);
            assertEquals(next[p[0]], i, "series " + (char) p[0] + " in order");
            next[p[0]]++;
        }
        assertEquals(n, next['f']);
        assertEquals(n, next['t']);
        assertEquals(0, forward.refused.get());
        assertTrue(forward.threads.stream().allMatch(t -> t.startsWith("test-io-")), "forwarded from a loop");
        assertTrue(out.isOpen() && in.isOpen());
    }

    @Test
    void aPeerThatNeverReadsFillsOnlyItsOwnBoundedQueueAndIsCutOffAsStalled() throws Exception {
        ConnectionOptions options = fastOptions().withLoops(loops);
        RawPeer source = RawPeer.connect(NetTesting.port(server));
        Forwarder forward = new Forwarder();
        PeerConnection in = accept(source, options, forward, 0);
        RawPeer sink = RawPeer.connect(NetTesting.port(server), 4096).pauseReading();
        RecordingListener sinkSide = new RecordingListener();
        PeerConnection out = accept(sink, options.withQueueLimits(50, 1 << 20), sinkSide, 4096);
        forward.to = out;
        pinging(FAST.pingAfterIdle(), source, sink); // both peers stay audible; only the sink does not read

        int n = 2000;
        for (int i = 0; i < n; i++) {
            source.write(FrameEncoder.encode(numbered(MessageCode.S2_DATA, 'f', i, 1000)));
        }
        // a forwarder that waited for the sink's socket would never get through these
        waitFor("every frame read and handled", () -> forward.frames.size() == n, WAIT);
        assertTrue(forward.refused.get() > n / 2, "the full queue refused: " + forward.refused.get());

        assertTrue(out.awaitClosed(WAIT));
        assertEquals(CloseReason.Kind.WRITE_STALLED, sinkSide.reason.get().kind());
        assertTrue(in.isOpen(), "the sender's connection is untouched");
        source.write(FrameEncoder.encode(new Frame(MessageCode.GET_BALANCE2, new byte[] {1})));
        waitFor("still read", () -> forward.frames.size() == n + 1, WAIT);
    }
}
