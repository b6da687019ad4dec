package io.linnet.s2.net;

import java.util.Optional;

/**
 * The timestamps a connection's watchdog judges: when it started, when a byte last arrived, when a
 * unit was last written and whether a write is in progress. {@link #check} turns them into the one
 * thing to do now. Written by the reader and writer threads, read by the watchdog.
 */
final class ConnectionClocks {
    /** What the watchdog should do after a look at the clocks. */
    enum Action { NOTHING, PING }

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

    void writing(long now) {
        writeStartedNanos = now;
    }

    void written(long now) {
        writeStartedNanos = 0;
        lastSendNanos = now;
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
