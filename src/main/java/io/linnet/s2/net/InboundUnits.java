package io.linnet.s2.net;

import io.linnet.ixian.ProtocolException;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.ByeReason;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.FrameDecoder;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.TimeSync;
import io.linnet.s2.wire.WireEvent;
import java.time.InstantSource;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's reading side above the socket: decodes received bytes, records pings and time
 * samples, checks the {@link InboundGuard}, turns a {@code bye} into the connection's end and passes
 * frames and wire problems on to the listener (through {@link ListenerCalls}). Used by the connection's
 * I/O loop only; counters and the time offset may be read from anywhere.
 */
final class InboundUnits {
    private static final Logger log = LoggerFactory.getLogger(InboundUnits.class);

    private final PeerConnection conn;
    private final ListenerCalls listener;
    private final InstantSource clock;
    private final FrameDecoder decoder;
    private final InboundGuard guard;
    private final TimeSync timeSync = new TimeSync();
    final LongAdder bytes = new LongAdder();
    final LongAdder frames = new LongAdder();
    final LongAdder pings = new LongAdder();
    private volatile long offsetSeconds;
    private volatile int samples;

    InboundUnits(PeerConnection conn, ConnectionOptions options, ListenerCalls listener, int readBuffer) {
        this.conn = conn;
        this.listener = listener;
        this.clock = options.clock();
        this.decoder = new FrameDecoder(options.tolerance().maxPayload());
        this.guard = new InboundGuard(options.tolerance(), options.rateLimit(), readBuffer);
    }

    /** Takes {@code n} freshly read bytes; stops early once the connection stops delivering. */
    void accept(byte[] buf, int n) {
        bytes.add(n);
        if (!conn.delivering()) {
            return;
        }
        if (!guard.admitBytes(n)) {
            rateExceeded("bytes");
            return;
        }
        for (WireEvent e : decoder.feed(buf, 0, n)) {
            if (!conn.delivering()) {
                return;
            }
            handle(e);
        }
        guard.garbage(decoder.ignoredBytes()).ifPresent(this::violation);
    }

    private void handle(WireEvent e) {
        switch (e) {
            case WireEvent.FrameReceived fr -> frame(fr.frame());
            case WireEvent.Ping p -> pings.increment();
            case WireEvent.TimeSample ts -> {
                timeSync.add(ts.remoteMillis(), clock.millis());
                offsetSeconds = timeSync.offsetSeconds();
                samples = timeSync.samples();
            }
            case WireEvent.HeaderRejected hr -> problem(e);
            case WireEvent.ChecksumMismatch cm -> problem(e);
        }
    }

    private void frame(Frame f) {
        frames.increment();
        if (!guard.admitFrame()) {
            rateExceeded("frames");
            return;
        }
        if (f.code().equals(MessageCode.BYE)) {
            try {
                conn.close(CloseReason.byeReceived(Bye.decode(f.payload())));
            } catch (ProtocolException ex) {
                conn.close(CloseReason.of(CloseReason.Kind.BYE_RECEIVED, "unreadable bye"));
            }
            return;
        }
        listener.frame(f);
    }

    private void problem(WireEvent e) {
        listener.problem(e);
        guard.problem(e).ifPresent(this::violation);
    }

    private void violation(String what) {
        conn.close(CloseReason.of(CloseReason.Kind.PROTOCOL_VIOLATION, what));
    }

    private void rateExceeded(String what) {
        log.info("{}: inbound {} over the rate limit, disconnecting", conn, what);
        conn.sendBye(new Bye(ByeReason.REJECTED, "Rate limit exceeded.", what));
    }

    long offsetSeconds() {
        return offsetSeconds;
    }

    int samples() {
        return samples;
    }

    long badHeaders() {
        return guard.badHeaders();
    }

    long checksumMismatches() {
        return guard.checksumMismatches();
    }

    long ignoredBytes() {
        return decoder.ignoredBytes();
    }
}
