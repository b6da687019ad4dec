package io.linnet.s2.client;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Reconnect bookkeeping for one relay: how many attempts failed in a row and when the next one is
 * allowed. A success resets it. Owned by the client's engine thread; not thread-safe.
 */
final class RetryState {
    private final Backoff policy;
    private final RandomGenerator random;
    private int failures;
    private Instant notBefore = Instant.MIN;

    RetryState(Backoff policy, RandomGenerator random) {
        this.policy = policy;
        this.random = random;
    }

    /** True if an attempt may start at {@code now}. */
    boolean due(Instant now) {
        return !now.isBefore(notBefore);
    }

    /** Records a failed attempt (or a lost connection) at {@code now}; returns the wait until the next one. */
    Duration failed(Instant now) {
        failures++;
        Duration wait = policy.delay(failures, random);
        notBefore = now.plus(wait);
        return wait;
    }

    /** A handshake completed: the next loss starts from the initial delay again. */
    void succeeded() {
        failures = 0;
        notBefore = Instant.MIN;
    }

    int failures() {
        return failures;
    }

    Instant notBefore() {
        return notBefore;
    }
}
