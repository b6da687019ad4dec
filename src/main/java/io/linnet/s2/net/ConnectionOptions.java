package io.linnet.s2.net;

import java.time.InstantSource;
import java.util.Objects;

/**
 * Everything a {@link PeerConnection} is configured with besides its socket and listener.
 *
 * @param timings         handshake, silence, ping and connect clocks
 * @param tolerance       how much broken input is put up with
 * @param rateLimit       inbound budget; exceeding it ends the connection with bye 605
 * @param maxQueuedFrames most frames waiting to be written; {@link PeerConnection#send} refuses more
 * @param maxQueuedBytes  most bytes waiting to be written (one frame is always accepted into an empty queue)
 * @param clock           the node's network clock, for the time samples an accepting side sends
 * @param loops           the I/O threads that serve the connection ({@link IoLoops#shared()} unless a node runs its own)
 */
public record ConnectionOptions(S2Timings timings, WireTolerance tolerance, RateLimit rateLimit, int maxQueuedFrames,
        long maxQueuedBytes, InstantSource clock, IoLoops loops) {
    public static final int DEFAULT_MAX_QUEUED_FRAMES = 10_000;
    public static final long DEFAULT_MAX_QUEUED_BYTES = 32L * 1024 * 1024;

    public ConnectionOptions {
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(loops, "loops");
        if (maxQueuedFrames < 1 || maxQueuedBytes < 1) {
            throw new IllegalArgumentException("queue limits must be positive");
        }
    }

    /** Production timings, lenient tolerance, no rate limit, default queues, the system clock, the shared I/O loops. */
    public static ConnectionOptions defaults() {
        return new ConnectionOptions(S2Timings.production(), WireTolerance.lenient(), RateLimit.unlimited(),
                DEFAULT_MAX_QUEUED_FRAMES, DEFAULT_MAX_QUEUED_BYTES, InstantSource.system(), IoLoops.shared());
    }

    public ConnectionOptions withTimings(S2Timings t) {
        return new ConnectionOptions(t, tolerance, rateLimit, maxQueuedFrames, maxQueuedBytes, clock, loops);
    }

    public ConnectionOptions withTolerance(WireTolerance t) {
        return new ConnectionOptions(timings, t, rateLimit, maxQueuedFrames, maxQueuedBytes, clock, loops);
    }

    public ConnectionOptions withRateLimit(RateLimit r) {
        return new ConnectionOptions(timings, tolerance, r, maxQueuedFrames, maxQueuedBytes, clock, loops);
    }

    public ConnectionOptions withQueueLimits(int frames, long bytes) {
        return new ConnectionOptions(timings, tolerance, rateLimit, frames, bytes, clock, loops);
    }

    public ConnectionOptions withClock(InstantSource c) {
        return new ConnectionOptions(timings, tolerance, rateLimit, maxQueuedFrames, maxQueuedBytes, c, loops);
    }

    public ConnectionOptions withLoops(IoLoops l) {
        return new ConnectionOptions(timings, tolerance, rateLimit, maxQueuedFrames, maxQueuedBytes, clock, l);
    }
}
