package io.linnet.s2.net;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code capacity} tokens, refilled continuously at {@code ratePerSecond}, starting
 * full. Not thread-safe (each connection's reader owns its buckets).
 */
public final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    public TokenBucket(double ratePerSecond, double capacity, LongSupplier nanoTime) {
        if (!(ratePerSecond > 0) || !(capacity > 0)) {
            throw new IllegalArgumentException("rate and capacity must be positive");
        }
        this.capacity = capacity;
        this.perNano = ratePerSecond / 1e9;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.last = nanoTime.getAsLong();
    }

    /** Takes {@code n} tokens if that many are available; otherwise takes none and answers false. */
    public boolean tryTake(double n) {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= n) {
            tokens -= n;
            return true;
        }
        return false;
    }

    /** Tokens available right now (after refilling). */
    public double available() {
        tryTake(0);
        return tokens;
    }
}
