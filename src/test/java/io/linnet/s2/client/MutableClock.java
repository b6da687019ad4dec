package io.linnet.s2.client;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A hand-wound clock for tests. Thread-safe. */
final class MutableClock implements InstantSource {
    private volatile Instant now;

    MutableClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    synchronized void advance(Duration d) {
        now = now.plus(d);
    }
}
