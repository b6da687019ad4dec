package io.linnet.chat.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Exponential backoff for outbox attempts: the n-th retry waits {@code initial × factor^(n-1)}, never more
 * than {@code max}.
 *
 * @param initial the wait after the first attempt
 * @param factor growth per attempt, at least 1
 * @param max the longest wait
 */
public record Backoff(Duration initial, double factor, Duration max) {
    /** 5 s, doubling, at most 10 minutes. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(10));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0 || !(factor >= 1.0)) {
            throw new IllegalArgumentException("backoff " + initial + " ×" + factor + " ≤ " + max);
        }
    }

    /** How long to wait after the {@code attempts}-th attempt (1 for the first). */
    public Duration delayAfter(int attempts) {
        if (attempts <= 1) {
            return initial;
        }
        double millis = initial.toMillis() * Math.pow(factor, attempts - 1);
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }

    /** When the next attempt is due after the {@code attempts}-th attempt made at {@code at}. */
    public Instant nextAttempt(int attempts, Instant at) {
        return at.plus(delayAfter(attempts));
    }
}
