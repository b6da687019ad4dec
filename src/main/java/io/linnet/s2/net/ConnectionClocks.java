package io.linnet.s2.net;

import java.util.Optional;

/**
 * The timestamps a connection's clock check judges: when it started, when a byte last arrived, when
 * bytes were last written and since when queued bytes wait for a peer that does not read.
 * {@link #overdue} and {@link #pingDue} turn them into the one thing to do now. Written and read by
 * the connection's I/O loop; the handshake flag is set from the listener's thread.
 */
final class ConnectionClocks {
    private final S2Timings timings;
    private volatile long startNanos;
    private volatile long lastReceiveNanos;
    private volatile long lastSendNanos;
    private volatile long writeStartedNanos;
    private volatile boolean handshakeComplete;

    ConnectionClocks(S2Timings timings) {
        this.timings = timings;
    }

    void start(long now) {
        startNanos = now;
        lastReceiveNanos = now;
        lastSendNanos = now;
    }

    void received(long now) {
        lastReceiveNanos = now;
    }

    /** Bytes went out at {@code now}. */
    void sent(long now) {
        lastSendNanos = now;
    }

    /** Since when bytes wait that the peer does not take (its last progress), or 0 when none wait. */
    void stalledSince(long since) {
        writeStartedNanos = since;
    }

    void handshakeComplete() {
        handshakeComplete = true;
    }

    boolean isHandshakeComplete() {
        return handshakeComplete;
    }

    /**
     * The reason to close now, if any; otherwise {@code PING} when nothing was written for the idle
     * time. While a bye is on its way only a stalled write counts.
     */
    Optional<CloseReason> overdue(long now, boolean byeQueued) {
        long writing = writeStartedNanos;
        if (writing != 0 && now - writing > timings.silenceTimeout().toNanos()) {
            return Optional.of(CloseReason.of(CloseReason.Kind.WRITE_STALLED, "peer does not read"));
        }
        if (byeQueued) {
            return Optional.empty();
        }
        if (!handshakeComplete && now - startNanos > timings.handshakeDeadline().toNanos()) {
            return Optional.of(CloseReason.of(CloseReason.Kind.HANDSHAKE_TIMEOUT,
                    "no handshake within " + timings.handshakeDeadline()));
        }
        if (now - lastReceiveNanos > timings.silenceTimeout().toNanos()) {
            return Optional.of(CloseReason.of(CloseReason.Kind.SILENCE_TIMEOUT,
                    "nothing received for " + timings.silenceTimeout()));
        }
        return Optional.empty();
    }

    /** True when nothing was written for longer than the ping interval. */
    boolean pingDue(long now) {
        return now - lastSendNanos > timings.pingAfterIdle().toNanos();
    }
}
