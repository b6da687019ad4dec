package io.linnet.s2.net;

import static io.linnet.s2.net.NetTesting.WAIT;
import static io.linnet.s2.net.NetTesting.fastOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.WireEvent;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A group of I/O loops ends cleanly: its threads stop and every connection on it hears its end. */
class IoLoopsTest {
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

    private record Accepted(PeerConnection conn, RawPeer peer, RecordingListener listener) {}

    private Accepted accept(ConnectionOptions options) throws IOException {
        RawPeer peer = RawPeer.connect(NetTesting.port(server));
        open.add(peer);
        RecordingListener l = new RecordingListener();
        PeerConnection conn = PeerConnection.accepted(server.accept(), options, l);
        open.add(conn);
        return new Accepted(conn, peer, l);
    }

    private static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
    }

    @Test
    void closingTheGroupEndsItsThreadsAndEveryConnectionOnItHearsItsEnd() throws Exception {
        IoLoops loops = new IoLoops("loops-test-a", 2);
        ConnectionOptions options = fastOptions().withLoops(loops);
        List<Accepted> served = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Accepted a = accept(options);
            a.conn.markHandshakeComplete();
            a.conn.start();
            a.peer.await(e -> e instanceof WireEvent.TimeSample ts && ts.index() == 4, WAIT);
            served.add(a);
        }
        assertEquals(2, threadsNamed("loops-test-a-"));

        loops.close();

        assertEquals(0, threadsNamed("loops-test-a-"), "close() waits for the loop threads");
        for (Accepted a : served) {
            assertTrue(a.conn.awaitClosed(WAIT));
            assertEquals(CloseReason.Kind.CLOSED_LOCALLY, a.listener.reason.get().kind());
            assertEquals(1, a.listener.closedCalls.get());
            assertTrue(a.peer.awaitEof(WAIT), "the socket is closed");
        }
        assertThrows(IllegalStateException.class, () -> accept(options));
    }

    @Test
    void aConnectionStartedOrClosedAfterItsGroupEndedStillEndsAndReportsOnce() throws Exception {
        IoLoops loops = new IoLoops("loops-test-b", 1);
        ConnectionOptions options = fastOptions().withLoops(loops);
        Accepted running = accept(options);
        running.conn.start();
        running.peer.await(e -> e instanceof WireEvent.TimeSample, WAIT);
        Accepted late = accept(options);

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
