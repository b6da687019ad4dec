package io.linnet.s2.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential reconnect backoff with jitter: the n-th consecutive failure (n ≥ 1) waits
 * {@code min(cap, initial × multiplier^(n−1))}, then scaled by a random factor in
 * {@code [1 − jitter, 1 + jitter]} and clamped to the cap again. The jitter keeps many clients that
 * lost the same relay from all coming back in the same instant. A pure value; the per-relay state
 * lives in {@link RetryState}.
 *
 * @param initial    delay after the first failure
 * @param cap        longest delay
 * @param multiplier growth per further failure, at least 1
 * @param jitter     relative spread, 0 (none) to 1
 */
public record Backoff(Duration initial, Duration cap, double multiplier, double jitter) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(cap, "cap");
        if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= cap, not " + initial + " / " + cap);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be >= 1: " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be within 0..1: " + jitter);
        }
    }

    /** 1 s doubling up to 60 s, ±20 %. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0.2);
    }

    /** The delay before the next attempt after {@code failures} consecutive failures (0 → no delay). */
    public Duration delay(int failures, RandomGenerator random) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        double capMillis = cap.toMillis();
        double base = initial.toMillis() * Math.pow(multiplier, Math.min(failures - 1, 62));
        base = Math.min(base, capMillis);
        double factor = jitter == 0 ? 1.0 : 1.0 + jitter * (2 * random.nextDouble() - 1);
        long millis = (long) Math.min(capMillis, base * factor);
        return Duration.ofMillis(Math.max(1, millis));
    }
}
