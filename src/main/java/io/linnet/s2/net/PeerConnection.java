package io.linnet.s2.net;

import io.linnet.s2.message.Bye;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.FrameDecoder;
import io.linnet.s2.wire.FrameEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One S2 TCP connection: framing, pings, time samples and the connection clocks, nothing above that.
 *
 * <p><b>Threads.</b> A connection has no thread of its own: one loop of its {@link IoLoops} group (see
 * {@link ConnectionOptions#loops()}) reads it, writes it and watches its clocks, together with many
 * other connections. Received bytes go through a {@link FrameDecoder}; the {@link ConnectionListener} is
 * called one call at a time, in stream order, {@code onClosed} exactly once and last: on a virtual
 * thread of the connection until {@link #markHandshakeComplete()} (handshakes may block on signatures),
 * then on the loop thread itself (so listeners of established connections must not block). Frames are
 * queued (handshake, presence, sector and {@code s2data} messages ahead of the rest, bounded) and the
 * loop writes them without blocking: right after the read being handled when sent from a loop thread
 * (a relay forwarding what it just read), else as soon as the owning loop gets to them; what
 * the socket does not take waits until it drains. {@link #send}, {@link #sendBye}, {@link #close()} and
 * the getters may be called from any thread and never block.
 *
 * <p><b>Clocks</b> ({@link S2Timings}): the handshake deadline until {@link #markHandshakeComplete()},
 * the receive-silence timeout, a peer that takes no bytes for the silence timeout while some wait
 * ({@link CloseReason.Kind#WRITE_STALLED}), and a one-byte ping whenever nothing was sent for
 * {@code pingAfterIdle}.
 *
 * <p><b>Protocol duties.</b> The accepting side writes exactly five time samples before anything else;
 * the dialling side records the samples it receives ({@link #timeOffsetSeconds()}). A received
 * {@code bye} ends the connection instead of being delivered. Broken input beyond the
 * {@link WireTolerance} and inbound traffic beyond the {@link RateLimit} end it too (the latter with bye
 * 605). Handshake messages themselves are left to {@link ClientHandshake} and {@link ServerHandshake}.
 */
public final class PeerConnection implements AutoCloseable {

    /** Which end of the TCP connection this is. */
    public enum Side { ACCEPTED, DIALLED }

    private static final Logger log = LoggerFactory.getLogger(PeerConnection.class);
    private static final AtomicLong IDS = new AtomicLong();
    /** Codes written ahead of bulk traffic (Ixian's high-priority queue). */
    private static final Set<Integer> HIGH_PRIORITY = Set.of(0, 1, 2, 3, 6, 7, 18, 19, 24, 26, 34, 36, 43, 44);

    private final long id = IDS.incrementAndGet();
    private final Side side;
    private final SocketChannel channel;
    private final ConnectionOptions options;
    private final InetSocketAddress remote;
    private final IoLoop loop;
    private final Outbound out;
    private final InboundUnits inbound;
    private final ListenerCalls calls;
    private final ConnectionClocks clocks;
    private final AtomicReference<CloseReason> reason = new AtomicReference<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean notified = new AtomicBoolean();
    private final AtomicBoolean byeQueued = new AtomicBoolean();
    private final LongAdder bytesOut = new LongAdder(), framesOut = new LongAdder(), pingsOut = new LongAdder(),
            sendRefused = new LongAdder();
    private final Outbound.Written written = this::unitWritten;
    private final Runnable flushOnOwner = this::flushOnOwner;
    private final Runnable teardown = this::teardown;
    private volatile Bye pendingBye;
    // owned by the loop thread
    private SelectionKey key;
    private volatile boolean registered;
    private volatile boolean torn;
    private long byeDeadline;
    private long lastProgress;
    private long stallSince;

    private PeerConnection(Side side, SocketChannel channel, ConnectionOptions options, ConnectionListener listener) {
        this.side = side;
        this.channel = channel;
        this.options = options;
        try {
            channel.configureBlocking(false);
            this.remote = (InetSocketAddress) channel.getRemoteAddress();
        } catch (IOException e) {
            throw new UncheckedIOException("not a connected socket", e);
        }
        try {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        } catch (IOException e) {
            log.debug("{}: cannot set TCP_NODELAY: {}", this, e.toString());
        }
        this.loop = options.loops().assign();
        this.out = new Outbound(options.maxQueuedFrames(), options.maxQueuedBytes());
        this.clocks = new ConnectionClocks(options.timings());
        this.calls = new ListenerCalls(this, listener);
        this.inbound = new InboundUnits(this, options, calls, IoLoop.READ_CHUNK);
    }

    /** A connection this node accepted: it will send the five time samples first. Call {@link #start()}. */
    public static PeerConnection accepted(SocketChannel channel, ConnectionOptions options, ConnectionListener listener) {
        return new PeerConnection(Side.ACCEPTED, channel, options, listener);
    }

    /** A connection this node dialled. Call {@link #start()}. */
    public static PeerConnection dialled(SocketChannel channel, ConnectionOptions options, ConnectionListener listener) {
        return new PeerConnection(Side.DIALLED, channel, options, listener);
    }

    /** Hands the connection to its I/O loop; the handshake clock starts now. Only the first call counts. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        clocks.start(System.nanoTime());
        if (side == Side.ACCEPTED) {
            ByteBuffer samples = ByteBuffer.allocate(FrameDecoder.MAX_TIME_SAMPLES * FrameEncoder.TIME_SAMPLE_LENGTH);
            for (int i = 0; i < FrameDecoder.MAX_TIME_SAMPLES; i++) {
                samples.put(FrameEncoder.timeSample(options.clock().millis()));
            }
            out.first(new Outbound.Unit(samples.flip(), true, Outbound.Kind.TIME_SAMPLES, null));
        }
        loop.execute(this::register);
    }

    /**
     * Queues a frame. Returns false, without sending, if the connection is closed or closing or the
     * send queue is full. Never blocks.
     */
    public boolean send(Frame frame) {
        if (reason.get() != null || byeQueued.get()) {
            sendRefused.increment();
            return false;
        }
        Outbound.Unit u = new Outbound.Unit(frame.encoded(), HIGH_PRIORITY.contains(frame.code().value()),
                Outbound.Kind.FRAME, null);
        return queue(u, false);
    }

    /** {@link #send(Frame)} for a message. */
    public boolean send(S2Message message) {
        return send(message.toFrame());
    }

    private boolean queue(Outbound.Unit u, boolean force) {
        switch (out.offer(u, force)) {
            case REFUSED -> {
                sendRefused.increment();
                return false;
            }
            case QUEUED_FLUSH_NEEDED -> requestFlush();
            case QUEUED -> { }
        }
        return true;
    }

    /** Gets the queue written: by this thread after its current step if it is a loop, else by the owner. */
    private void requestFlush() {
        IoLoop current = IoLoop.current();
        if (current != null) {
            current.flushLater(this);
        } else {
            loop.execute(flushOnOwner);
        }
    }

    private void flushOnOwner() {
        loop.flushLater(this);
    }

    /**
     * Sends {@code bye} after what is already queued, then hangs up: the output is shut down, the peer
     * gets {@link S2Timings#byeGrace()} to close its end, and the connection ends with
     * {@link CloseReason.Kind#BYE_SENT} (also when the peer hangs up first). Nothing sent or received
     * after this call is passed on.
     */
    public void sendBye(Bye bye) {
        if (reason.get() != null || !byeQueued.compareAndSet(false, true)) {
            return;
        }
        pendingBye = bye;
        queue(new Outbound.Unit(bye.toFrame().encoded(), false, Outbound.Kind.FRAME, bye), true);
        out.seal();
    }

    /** Marks the handshake done: the handshake deadline no longer applies. */
    public void markHandshakeComplete() {
        clocks.handshakeComplete();
    }

    public boolean isHandshakeComplete() {
        return clocks.isHandshakeComplete();
    }

    /** Closes at once (idempotent); the listener hears {@link CloseReason.Kind#CLOSED_LOCALLY} unless another cause came first. */
    @Override
    public void close() {
        close(CloseReason.of(CloseReason.Kind.CLOSED_LOCALLY, ""));
    }

    /** Closes at once with the given reason, unless the connection already has one. */
    public void close(CloseReason why) {
        Bye bye = pendingBye;
        if (bye != null && (why.kind() == CloseReason.Kind.PEER_CLOSED || why.kind() == CloseReason.Kind.IO_ERROR)) {
            why = CloseReason.byeSent(bye);
        }
        if (reason.compareAndSet(null, why)) {
            log.debug("{} closing: {}", this, why);
        }
        if (!started.get()) {
            closeChannel();
            finish();
        } else {
            loop.execute(teardown);
        }
    }

    /** True until the connection has a close reason. */
    public boolean isOpen() {
        return reason.get() == null;
    }

    /** Why the connection ended, once it has. */
    public Optional<CloseReason> closeReason() {
        return Optional.ofNullable(reason.get());
    }

    /** Waits until {@code onClosed} has returned; true if it did within {@code timeout}. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return calls.awaitClosed(timeout.toNanos());
    }

    public long id() {
        return id;
    }

    public Side side() {
        return side;
    }

    public InetSocketAddress remoteAddress() {
        return remote;
    }

    /** The peer's clock offset in seconds (local minus remote) from the time samples received; 0 without any. */
    public long timeOffsetSeconds() {
        return inbound.offsetSeconds();
    }

    /** Time samples received so far (0..5). */
    public int timeSamplesReceived() {
        return inbound.samples();
    }

    public ConnectionStats stats() {
        return new ConnectionStats(inbound.bytes.sum(), bytesOut.sum(), inbound.frames.sum(), framesOut.sum(),
                inbound.pings.sum(), pingsOut.sum(), inbound.badHeaders(), inbound.checksumMismatches(),
                inbound.ignoredBytes(), sendRefused.sum());
    }

    @Override
    public String toString() {
        return "conn#" + id + "[" + (side == Side.ACCEPTED ? "from " : "to ") + remote + "]";
    }

    /** True while received units are still passed on (no close reason, no bye on its way). */
    boolean delivering() {
        return reason.get() == null && !byeQueued.get();
    }

    long tickNanos() {
        return options.timings().tick().toNanos();
    }

    // ---- on the loop thread ----

    private void register() {
        if (loop.isStopping()) {
            reason.compareAndSet(null, CloseReason.of(CloseReason.Kind.CLOSED_LOCALLY, "I/O loop stopped"));
        }
        if (reason.get() != null) {
            teardown();
            return;
        }
        try {
            key = loop.register(this, channel);
            registered = true;
        } catch (IOException e) {
            reason.compareAndSet(null, CloseReason.of(CloseReason.Kind.IO_ERROR, e.toString()));
            teardown();
            return;
        }
        loop.flushLater(this);
    }

    /** Reads once (up to the loop's chunk) and passes on what it completes. */
    void onReadable(IoLoop by) {
        ByteBuffer buf = by.readBuffer();
        buf.clear();
        int n;
        try {
            n = channel.read(buf);
        } catch (IOException e) {
            close(CloseReason.of(CloseReason.Kind.IO_ERROR, e.toString()));
            return;
        }
        if (n < 0) {
            key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
            if (byeDeadline != 0) {
                teardown();
            } else {
                close(CloseReason.of(CloseReason.Kind.PEER_CLOSED, "end of stream"));
            }
            return;
        }
        if (n == 0) {
            return;
        }
        clocks.received(System.nanoTime());
        byte[] array = by.readArray();
        buf.flip().get(array, 0, n);
        inbound.accept(array, n);
    }

    /** The socket drained: the owner writes what waited. */
    void onWritable(IoLoop by) {
        write(by, true);
    }

    /** Writes what is queued, from any loop thread (the owner, or the one that queued it). */
    void flush(IoLoop by) {
        if (registered && !torn) {
            write(by, false);
        }
    }

    private void write(IoLoop by, boolean writable) {
        Outbound.State s;
        try {
            s = out.flush(channel, by.writeBuffer(), writable, written);
        } catch (IOException e) {
            close(CloseReason.of(CloseReason.Kind.IO_ERROR, e.toString()));
            return;
        }
        switch (s) {
            case EMPTY -> {
                clocks.sent(System.nanoTime());
                if (writable) {
                    interest(false);
                }
            }
            case BLOCKED -> {
                clocks.sent(System.nanoTime());
                if (by == loop) {
                    interest(true);
                } else {
                    loop.execute(() -> interest(true));
                }
            }
            case SKIPPED -> { }
        }
    }

    private void interest(boolean write) {
        if (key != null && key.isValid()) {
            key.interestOps(write ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }
    }

    /** Counts a completely written unit; the last one of a bye hangs up (on the owning loop). */
    private void unitWritten(Outbound.Unit u) {
        bytesOut.add(u.bytes().limit());
        switch (u.kind()) {
            case FRAME -> framesOut.increment();
            case PING -> pingsOut.increment();
            case TIME_SAMPLES -> { }
        }
        if (u.byeAfter() != null) {
            if (loop.inLoop()) {
                byeWritten(u.byeAfter());
            } else {
                loop.execute(() -> byeWritten(u.byeAfter()));
            }
        }
    }

    private void byeWritten(Bye bye) {
        if (reason.compareAndSet(null, CloseReason.byeSent(bye))) {
            log.debug("{} sent bye {} {}", this, bye.reasonCode(), bye.message());
        }
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            log.debug("{}: shutdownOutput failed: {}", this, e.toString());
        }
        byeDeadline = System.nanoTime() + options.timings().byeGrace().toNanos();
    }

    /** The loop's periodic look at the clocks: close when overdue, ping when idle, hang up after a bye. */
    void checkClocks(long now) {
        if (torn) {
            return;
        }
        if (byeDeadline != 0) {
            if (now - byeDeadline >= 0) {
                teardown();
            }
            return;
        }
        long progress = out.progress();
        if (!out.isBlocked()) {
            stallSince = 0;
        } else if (stallSince == 0 || progress != lastProgress) {
            stallSince = now;
        }
        lastProgress = progress;
        clocks.stalledSince(stallSince);
        Optional<CloseReason> overdue = clocks.overdue(now, byeQueued.get());
        if (overdue.isPresent()) {
            close(overdue.get());
        } else if (!byeQueued.get() && clocks.pingDue(now) && out.isEmpty()) {
            queue(new Outbound.Unit(ByteBuffer.wrap(FrameEncoder.ping()), true, Outbound.Kind.PING, null), false);
        }
    }

    private void teardown() {
        if (torn) {
            return;
        }
        torn = true;
        if (key != null) {
            key.cancel();
        }
        loop.deregister(this);
        closeChannel();
        finish();
    }

    private void closeChannel() {
        out.close();
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("{}: close failed: {}", this, e.toString());
        }
    }

    private void finish() {
        if (!notified.compareAndSet(false, true)) {
            return;
        }
        reason.compareAndSet(null, CloseReason.of(CloseReason.Kind.CLOSED_LOCALLY, ""));
        calls.closed(reason.get());
    }
}
