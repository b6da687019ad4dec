package io.linnet.s2.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One selector thread serving many connections. Each round it waits for readiness (or a task, or the
 * next clock check), reads every readable connection once, writes to every writable one and runs the
 * tasks other threads posted. After each connection's turn, and after the tasks, it <em>flushes</em>:
 * every connection that got something to send meanwhile is written at once, with everything queued for
 * it in one system call. Frames forwarded while reading therefore go straight to the recipient's socket
 * from this thread (whichever loop owns the recipient), without waiting for the rest of the round, and
 * frames that arrived together leave together.
 *
 * <p>Other threads talk to a loop only through {@link #execute}; it wakes the selector only when the
 * loop may be asleep. Every {@code tick} (the shortest of its connections') the loop checks each
 * connection's clocks.
 */
final class IoLoop implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(IoLoop.class);
    private static final ThreadLocal<IoLoop> CURRENT = new ThreadLocal<>();
    /** Most bytes read from one connection per round. */
    static final int READ_CHUNK = 64 * 1024;
    /** Most bytes gathered into one write. */
    static final int WRITE_CHUNK = 64 * 1024;
    private static final long DEFAULT_TICK = 500_000_000L;

    private final Selector selector;
    private final Consumer<SelectionKey> onReady = this::ready;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** True while the loop is awake: posting a task then needs no wake-up. */
    private final AtomicBoolean awake = new AtomicBoolean(true);
    private final List<PeerConnection> dirty = new ArrayList<>();
    private final Set<PeerConnection> connections = new LinkedHashSet<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_CHUNK);
    private final byte[] readArray = new byte[READ_CHUNK];
    private final ByteBuffer writeBuffer = ByteBuffer.allocateDirect(WRITE_CHUNK);
    private long tick = DEFAULT_TICK;
    private long nextCheck = System.nanoTime() + DEFAULT_TICK;
    private volatile boolean stopping;
    /** Set once the thread has left its rounds: tasks then run at once on the thread that posts them. */
    private volatile boolean ended;
    private Thread thread;

    private IoLoop(Selector selector) {
        this.selector = selector;
    }

    /** Opens a selector and starts its thread. */
    static IoLoop start(String name) {
        try {
            IoLoop loop = new IoLoop(Selector.open());
            loop.thread = Thread.ofPlatform().name(name).daemon().start(loop);
            return loop;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
    }

    /** The loop whose thread is the caller, or null on any other thread. */
    static IoLoop current() {
        return CURRENT.get();
    }

    boolean inLoop() {
        return CURRENT.get() == this;
    }

    /**
     * Runs {@code task} on this loop's thread soon (after the current round if called from it). Once the
     * loop has ended there is no such thread: the task runs at once on the caller's, so a connection
     * closed or started late still tears down and reports its end.
     */
    void execute(Runnable task) {
        if (ended) {
            runSafely(task);
            return;
        }
        tasks.add(task);
        if (ended) {
            runTasks(); // the loop may have drained its queue before this task arrived
        } else if (awake.compareAndSet(false, true)) {
            selector.wakeup();
        }
    }

    /** Loop thread only: writes {@code c} as soon as the current connection's turn (or the task run) is over. */
    void flushLater(PeerConnection c) {
        if (!ended) {
            dirty.add(c);
        }
    }

    /** True once the loop is ending: it takes no new connections. */
    boolean isStopping() {
        return stopping;
    }

    /** Loop thread only: starts serving {@code c}. */
    SelectionKey register(PeerConnection c, SocketChannel channel) throws IOException {
        SelectionKey key = channel.register(selector, SelectionKey.OP_READ, c);
        connections.add(c);
        long t = c.tickNanos();
        if (t < tick) {
            tick = t;
            nextCheck = Math.min(nextCheck, System.nanoTime() + t);
        }
        return key;
    }

    /** Loop thread only: stops serving {@code c} (its key is cancelled by the caller). */
    void deregister(PeerConnection c) {
        if (!ended) {
            connections.remove(c);
        }
    }

    ByteBuffer readBuffer() {
        return readBuffer;
    }

    byte[] readArray() {
        return readArray;
    }

    ByteBuffer writeBuffer() {
        return writeBuffer;
    }

    /** Ends the loop after its current round; its connections are closed. Waits for the thread. */
    void stop() {
        stopping = true;
        selector.wakeup();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void run() {
        CURRENT.set(this);
        try {
            while (!stopping) {
                round();
            }
        } catch (IOException | RuntimeException e) {
            log.error("I/O loop {} failed", Thread.currentThread().getName(), e);
        } finally {
            stopping = true;
            List<PeerConnection> left = List.copyOf(connections);
            ended = true;
            for (PeerConnection c : left) {
                c.close(CloseReason.of(CloseReason.Kind.CLOSED_LOCALLY, "I/O loop stopped"));
            }
            runTasks();
            try {
                selector.close();
            } catch (IOException e) {
                log.debug("closing a selector: {}", e.toString());
            }
        }
    }

    private void round() throws IOException {
        long wait = nextCheck - System.nanoTime();
        awake.set(false);
        if (!tasks.isEmpty() || wait <= 0) {
            selector.selectNow(onReady);
        } else {
            selector.select(onReady, Math.max(1, (wait + 999_999) / 1_000_000));
        }
        awake.set(true);
        runTasks();
        flushDirty();
        long now = System.nanoTime();
        if (now - nextCheck >= 0) {
            nextCheck = now + tick;
            for (PeerConnection c : List.copyOf(connections)) {
                try {
                    c.checkClocks(now);
                } catch (RuntimeException e) {
                    failed(c, e);
                }
            }
            runTasks();
            flushDirty();
        }
    }

    private void ready(SelectionKey key) {
        PeerConnection c = (PeerConnection) key.attachment();
        try {
            if (key.isValid() && key.isWritable()) {
                c.onWritable(this);
            }
            if (key.isValid() && key.isReadable()) {
                c.onReadable(this);
            }
        } catch (RuntimeException e) {
            failed(c, e);
        }
        flushDirty(); // what this read queued goes out now, not after every other ready connection's turn
    }

    private void runTasks() {
        Runnable t;
        while ((t = tasks.poll()) != null) {
            runSafely(t);
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("I/O loop task failed", e);
        }
    }

    private void flushDirty() {
        // flushing may queue more (a ping, a bye after a failed write): go on until nothing is left
        for (int i = 0; i < dirty.size(); i++) {
            PeerConnection c = dirty.get(i);
            try {
                c.flush(this);
            } catch (RuntimeException e) {
                failed(c, e);
            }
        }
        dirty.clear();
    }

    /** A bug in one connection's step ends that connection, not the loop. */
    private static void failed(PeerConnection c, RuntimeException e) {
        log.warn("{}: I/O step failed", c, e);
        c.close(CloseReason.of(CloseReason.Kind.IO_ERROR, e.toString()));
    }
}
