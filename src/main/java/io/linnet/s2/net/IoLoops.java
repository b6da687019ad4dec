package io.linnet.s2.net;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The I/O threads that serve {@link PeerConnection}s: a fixed number of selector loops, each a platform
 * thread owning many connections, which it reads, writes and watches (clocks, pings). A connection is
 * given to one loop when it is made and stays there.
 *
 * <p>{@link #shared()} serves every connection whose {@link ConnectionOptions} name no other group (the
 * client, tests); a relay runs its own group and {@link #close() closes} it when it stops. Threads start
 * with the first connection, are daemon threads and are named {@code <name>-<i>}.
 */
public final class IoLoops implements AutoCloseable {
    private static final IoLoops SHARED = new IoLoops("s2-io", Runtime.getRuntime().availableProcessors(), false);

    private final String name;
    private final IoLoop[] loops;
    private final boolean closeable;
    private final AtomicInteger next = new AtomicInteger();
    private boolean started;
    private boolean closed;

    /** A group of {@code threads} loops (at least one), started with its first connection. */
    public IoLoops(String name, int threads) {
        this(name, threads, true);
    }

    private IoLoops(String name, int threads, boolean closeable) {
        if (threads < 1) {
            throw new IllegalArgumentException("an I/O group needs at least one thread");
        }
        this.name = name;
        this.loops = new IoLoop[threads];
        this.closeable = closeable;
    }

    /** The group used by default: one loop per processor, never closed. */
    public static IoLoops shared() {
        return SHARED;
    }

    /** One loop per available processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The loop for a new connection (round robin), starting the threads if this is the first. */
    synchronized IoLoop assign() {
        if (closed) {
            throw new IllegalStateException("I/O group " + name + " is closed");
        }
        if (!started) {
            for (int i = 0; i < loops.length; i++) {
                loops[i] = IoLoop.start(name + "-" + i);
            }
            started = true;
        }
        return loops[Math.floorMod(next.getAndIncrement(), loops.length)];
    }

    public int threads() {
        return loops.length;
    }

    /**
     * Ends the loops: connections still on them are closed ({@link CloseReason.Kind#CLOSED_LOCALLY}), then
     * the threads end; waits for them. No effect on {@link #shared()}.
     */
    @Override
    public void close() {
        if (!closeable) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        for (IoLoop l : loops) {
            if (l != null) {
                l.stop();
            }
        }
    }

    @Override
    public String toString() {
        return "IoLoops[" + name + " × " + loops.length + "]";
    }
}
