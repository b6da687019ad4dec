package io.linnet.s2.net;

import io.linnet.ixian.ProtocolException;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.ByeReason;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.FrameDecoder;
import io.linnet.s2.wire.FrameEncoder;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.TimeSync;
import io.linnet.s2.wire.WireEvent;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One S2 TCP connection: framing, pings, time samples and the connection clocks, nothing above that.
 *
 * <p><b>Threads.</b> {@link #start()} runs three virtual threads: a <em>reader</em> that feeds a
 * {@link FrameDecoder} and calls the {@link ConnectionListener} (every callback runs on it, in stream
 * order, {@code onClosed} exactly once and last); a <em>writer</em> that drains a bounded send queue
 * (handshake, presence, sector and {@code s2data} messages ahead of the rest); and a <em>watchdog</em>
 * that enforces the clocks of {@link S2Timings}: the handshake deadline until
 * {@link #markHandshakeComplete()}, the receive-silence timeout, a write that blocks too long, and a
 * one-byte ping whenever nothing was sent for {@code pingAfterIdle}. {@link #send}, {@link #sendBye},
 * {@link #close()} and the getters may be called from any thread.
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
    private static final int READ_BUFFER = 16 * 1024;
    /** Codes written ahead of bulk traffic (Ixian's high-priority queue). */
    private static final Set<Integer> HIGH_PRIORITY = Set.of(0, 1, 2, 3, 6, 7, 18, 19, 24, 26, 34, 36, 43, 44);

    private final long id = IDS.incrementAndGet();
    private final Side side;
    private final Socket socket;
    private final ConnectionOptions options;
    private final ConnectionListener listener;
    private final InetSocketAddress remote;
    private final SendQueue queue;
    private final FrameDecoder decoder;
    private final TimeSync timeSync = new TimeSync();
    private final InboundGuard guard;
    private final AtomicReference<CloseReason> reason = new AtomicReference<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean notified = new AtomicBoolean();
    private final AtomicBoolean byeQueued = new AtomicBoolean();
    private final CountDownLatch torn = new CountDownLatch(1);
    private final CountDownLatch readerDone = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final LongAdder bytesIn = new LongAdder(), bytesOut = new LongAdder(), framesIn = new LongAdder(),
            framesOut = new LongAdder(), pingsIn = new LongAdder(), pingsOut = new LongAdder(),
            sendRefused = new LongAdder();
    private final ConnectionClocks clocks;
    private volatile Bye pendingBye;
    private volatile long offsetSeconds;
    private volatile int timeSamples;

    private PeerConnection(Side side, Socket socket, ConnectionOptions options, ConnectionListener listener) {
        this.side = side;
        this.socket = socket;
        this.options = options;
        this.listener = listener;
        this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
        this.queue = new SendQueue(options.maxQueuedFrames(), options.maxQueuedBytes());
        this.decoder = new FrameDecoder(options.tolerance().maxPayload());
        this.clocks = new ConnectionClocks(options.timings());
        this.guard = new InboundGuard(options.tolerance(), options.rateLimit(), READ_BUFFER);
        try {
            socket.setTcpNoDelay(true);
        } catch (IOException e) {
            log.debug("{}: cannot set TCP_NODELAY: {}", this, e.toString());
        }
    }

    /** A connection this node accepted: it will send the five time samples first. Call {@link #start()}. */
    public static PeerConnection accepted(Socket socket, ConnectionOptions options, ConnectionListener listener) {
        return new PeerConnection(Side.ACCEPTED, socket, options, listener);
    }

    /** A connection this node dialled. Call {@link #start()}. */
    public static PeerConnection dialled(Socket socket, ConnectionOptions options, ConnectionListener listener) {
        return new PeerConnection(Side.DIALLED, socket, options, listener);
    }

    /** Starts the reader, writer and watchdog threads; the handshake clock starts now. Only the first call counts. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        clocks.start(System.nanoTime());
        String name = "s2-conn-" + id;
        Thread.ofVirtual().name(name + "-write").start(this::writeLoop);
        Thread.ofVirtual().name(name + "-watch").start(this::watchLoop);
        Thread.ofVirtual().name(name + "-read").start(this::readLoop);
    }

    /**
     * Queues a frame. Returns false, without sending, if the connection is closed or closing or the
     * send queue is full.
     */
    public boolean send(Frame frame) {
        if (reason.get() != null || byeQueued.get()) {
            sendRefused.increment();
            return false;
        }
        SendQueue.Unit u = new SendQueue.Unit(FrameEncoder.encode(frame), true, false, null);
        if (!queue.offer(u, HIGH_PRIORITY.contains(frame.code().value()), false)) {
            sendRefused.increment();
            return false;
        }
        return true;
    }

    /** {@link #send(Frame)} for a message. */
    public boolean send(S2Message message) {
        return send(message.toFrame());
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
        queue.offer(new SendQueue.Unit(FrameEncoder.encode(bye.toFrame()), true, false, bye), false, true);
        queue.seal();
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
        teardown();
        if (!started.get()) {
            finish();
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
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
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
        return offsetSeconds;
    }

    /** Time samples received so far (0..5). */
    public int timeSamplesReceived() {
        return timeSamples;
    }

    public ConnectionStats stats() {
        return new ConnectionStats(bytesIn.sum(), bytesOut.sum(), framesIn.sum(), framesOut.sum(), pingsIn.sum(),
                pingsOut.sum(), guard.badHeaders(), guard.checksumMismatches(), decoder.ignoredBytes(),
                sendRefused.sum());
    }

    @Override
    public String toString() {
        return "conn#" + id + "[" + (side == Side.ACCEPTED ? "from " : "to ") + remote + "]";
    }

    // ---- reader ----

    private void readLoop() {
        try {
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[READ_BUFFER];
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    close(CloseReason.of(CloseReason.Kind.PEER_CLOSED, "end of stream"));
                    break;
                }
                clocks.received(System.nanoTime());
                bytesIn.add(n);
                if (!delivering()) {
                    continue;
                }
                if (!guard.admitBytes(n)) {
                    rateExceeded("bytes");
                    continue;
                }
                for (WireEvent e : decoder.feed(buf, 0, n)) {
                    if (!delivering()) {
                        break;
                    }
                    handle(e);
                }
                guard.garbage(decoder.ignoredBytes()).ifPresent(this::violation);
            }
        } catch (IOException e) {
            close(CloseReason.of(CloseReason.Kind.IO_ERROR, e.toString()));
        } finally {
            readerDone.countDown();
            finish();
        }
    }

    private boolean delivering() {
        return reason.get() == null && !byeQueued.get();
    }

    private void handle(WireEvent e) {
        switch (e) {
            case WireEvent.FrameReceived fr -> frame(fr.frame());
            case WireEvent.Ping p -> pingsIn.increment();
            case WireEvent.TimeSample ts -> {
                timeSync.add(ts.remoteMillis(), options.clock().millis());
                offsetSeconds = timeSync.offsetSeconds();
                timeSamples = timeSync.samples();
            }
            case WireEvent.HeaderRejected hr -> problem(e);
            case WireEvent.ChecksumMismatch cm -> problem(e);
        }
    }

    private void frame(Frame f) {
        framesIn.increment();
        if (!guard.admitFrame()) {
            rateExceeded("frames");
            return;
        }
        if (f.code().equals(MessageCode.BYE)) {
            try {
                close(CloseReason.byeReceived(Bye.decode(f.payload())));
            } catch (ProtocolException ex) {
                close(CloseReason.of(CloseReason.Kind.BYE_RECEIVED, "unreadable bye"));
            }
            return;
        }
        try {
            listener.onFrame(this, f);
        } catch (RuntimeException ex) {
            log.warn("{}: listener failed on {}", this, f, ex);
            close(CloseReason.of(CloseReason.Kind.LISTENER_FAILED, ex.toString()));
        }
    }

    private void problem(WireEvent e) {
        try {
            listener.onWireProblem(this, e);
        } catch (RuntimeException ex) {
            log.warn("{}: listener failed on {}", this, e, ex);
        }
        guard.problem(e).ifPresent(this::violation);
    }

    private void violation(String what) {
        close(CloseReason.of(CloseReason.Kind.PROTOCOL_VIOLATION, what));
    }

    private void rateExceeded(String what) {
        log.info("{}: inbound {} over the rate limit, disconnecting", this, what);
        sendBye(new Bye(ByeReason.REJECTED, "Rate limit exceeded.", what));
    }

    // ---- writer ----

    private void writeLoop() {
        try {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), READ_BUFFER);
            if (side == Side.ACCEPTED) {
                for (int i = 0; i < FrameDecoder.MAX_TIME_SAMPLES; i++) {
                    out.write(FrameEncoder.timeSample(options.clock().millis()));
                }
                out.flush();
                bytesOut.add((long) FrameDecoder.MAX_TIME_SAMPLES * FrameEncoder.TIME_SAMPLE_LENGTH);
            }
            SendQueue.Unit u;
            while ((u = queue.take()) != null) {
                clocks.writing(System.nanoTime());
                out.write(u.bytes());
                if (u.byeAfter() != null || queue.isEmpty()) {
                    out.flush();
                }
                clocks.written(System.nanoTime());
                bytesOut.add(u.bytes().length);
                (u.ping() ? pingsOut : framesOut).increment();
                if (u.byeAfter() != null) {
                    hangUpAfter(u.byeAfter());
                    return;
                }
            }
        } catch (IOException e) {
            close(CloseReason.of(CloseReason.Kind.IO_ERROR, e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(CloseReason.of(CloseReason.Kind.IO_ERROR, "writer interrupted"));
        }
    }

    private void hangUpAfter(Bye bye) throws InterruptedException {
        if (reason.compareAndSet(null, CloseReason.byeSent(bye))) {
            log.debug("{} sent bye {} {}", this, bye.reasonCode(), bye.message());
        }
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            log.debug("{}: shutdownOutput failed: {}", this, e.toString());
        }
        readerDone.await(options.timings().byeGrace().toNanos(), TimeUnit.NANOSECONDS);
        teardown();
    }

    // ---- watchdog ----

    private void watchLoop() {
        long tick = options.timings().tick().toNanos();
        try {
            while (!torn.await(tick, TimeUnit.NANOSECONDS)) {
                long now = System.nanoTime();
                Optional<CloseReason> overdue = clocks.overdue(now, byeQueued.get());
                if (overdue.isPresent()) {
                    close(overdue.get());
                } else if (!byeQueued.get() && clocks.pingDue(now) && queue.isEmpty()) {
                    queue.offer(new SendQueue.Unit(FrameEncoder.ping(), false, true, null), true, false);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- ending ----

    private void teardown() {
        queue.close();
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("{}: close failed: {}", this, e.toString());
        }
        torn.countDown();
    }

    private void finish() {
        if (!notified.compareAndSet(false, true)) {
            return;
        }
        reason.compareAndSet(null, CloseReason.of(CloseReason.Kind.CLOSED_LOCALLY, ""));
        teardown();
        try {
            listener.onClosed(this, reason.get());
        } catch (RuntimeException ex) {
            log.warn("{}: listener failed in onClosed", this, ex);
        } finally {
            finished.countDown();
        }
    }
}
