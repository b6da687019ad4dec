package io.linnet.s2.net;

import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.WireEvent;
import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a connection's {@link ConnectionListener}, one call at a time and in stream order, on one of two
 * threads. Until the handshake is complete the calls run on a virtual thread of the connection, because
 * handshakes sign and verify (milliseconds with RSA-4096) and must not hold up the I/O loop's other
 * connections. Once the handshake is complete and every earlier call has returned, the calls run on the
 * I/O loop itself, straight from the read, so a frame can be handled (a relay forwards it) without
 * waking another thread. {@code onClosed} is always the last call and comes once.
 */
final class ListenerCalls {
    private static final Logger log = LoggerFactory.getLogger(ListenerCalls.class);

    private final PeerConnection conn;
    private final ConnectionListener listener;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private boolean workerRunning;
    /** Becomes true once and stays: from then on the producer (the loop) calls the listener itself. */
    private volatile boolean inline;

    ListenerCalls(PeerConnection conn, ConnectionListener listener) {
        this.conn = conn;
        this.listener = listener;
    }

    /** A frame with a good checksum (called by the connection's loop). */
    void frame(Frame f) {
        if (inline || !handOff(f)) {
            callFrame(f);
        }
    }

    /** Skipped broken input (called by the connection's loop). */
    void problem(WireEvent e) {
        if (inline || !handOff(e)) {
            callProblem(e);
        }
    }

    /** The end: called exactly once, by the loop or, for a connection never started, by the closer. */
    void closed(CloseReason r) {
        if (inline || !handOff(r)) {
            callClosed(r);
        }
    }

    /** Waits until {@code onClosed} has returned. */
    boolean awaitClosed(long nanos) throws InterruptedException {
        return finished.await(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Queues a call for the handshake thread; false if calls now run inline. */
    private boolean handOff(Object event) {
        lock.lock();
        try {
            if (!inline && !workerRunning && conn.isHandshakeComplete()) {
                inline = true; // nothing handed off is still waiting or running
            }
            if (inline) {
                return false;
            }
            pending.addLast(event);
            if (!workerRunning) {
                workerRunning = true;
                Thread.ofVirtual().name("s2-conn-" + conn.id() + "-handshake").start(this::work);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        while (true) {
            Object e;
            lock.lock();
            try {
                e = pending.pollFirst();
                if (e == null) {
                    workerRunning = false;
                    if (conn.isHandshakeComplete()) {
                        inline = true;
                    }
                    return;
                }
            } finally {
                lock.unlock();
            }
            switch (e) {
                case Frame f -> {
                    if (conn.delivering()) {
                        callFrame(f);
                    }
                }
                case WireEvent w -> {
                    if (conn.delivering()) {
                        callProblem(w);
                    }
                }
                case CloseReason r -> callClosed(r);
                default -> throw new IllegalStateException("unknown listener event " + e);
            }
        }
    }

    private void callFrame(Frame f) {
        try {
            listener.onFrame(conn, f);
        } catch (RuntimeException ex) {
            log.warn("{}: listener failed on {}", conn, f, ex);
            conn.close(CloseReason.of(CloseReason.Kind.LISTENER_FAILED, ex.toString()));
        }
    }

    private void callProblem(WireEvent e) {
        try {
            listener.onWireProblem(conn, e);
        } catch (RuntimeException ex) {
            log.warn("{}: listener failed on {}", conn, e, ex);
        }
    }

    private void callClosed(CloseReason r) {
        try {
            listener.onClosed(conn, r);
        } catch (RuntimeException ex) {
            log.warn("{}: listener failed in onClosed", conn, ex);
        } finally {
            finished.countDown();
        }
    }
}
