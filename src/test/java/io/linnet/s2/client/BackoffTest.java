package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
    static final Backoff NO_JITTER = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0.0);

    @Test
    void growsExponentiallyUpToTheCap() {
        SplittableRandom r = new SplittableRandom(1);
        assertEquals(Duration.ZERO, NO_JITTER.delay(0, r));
        assertEquals(Duration.ofSeconds(1), NO_JITTER.delay(1, r));
        assertEquals(Duration.ofSeconds(2), NO_JITTER.delay(2, r));
        assertEquals(Duration.ofSeconds(4), NO_JITTER.delay(3, r));
        assertEquals(Duration.ofSeconds(32), NO_JITTER.delay(6, r));
        assertEquals(Duration.ofSeconds(60), NO_JITTER.delay(7, r));
        assertEquals(Duration.ofSeconds(60), NO_JITTER.delay(1000, r));
    }

    @Test
    void jitterStaysWithinItsBandAndTheCapAndActuallySpreads() {
        Backoff b = Backoff.defaults();
        SplittableRandom r = new SplittableRandom(7);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 2000; i++) {
            long ms = b.delay(3, r).toMillis();
            assertTrue(ms >= 3200 && ms <= 4800, "4 s ± 20 %: " + ms);
            min = Math.min(min, ms);
            max = Math.max(max, ms);
            long capped = b.delay(30, r).toMillis();
            assertTrue(capped >= 48_000 && capped <= 60_000, "cap 60 s, −20 %: " + capped);
        }
        assertTrue(max - min > 1000, "jitter spreads the delays: " + min + ".." + max);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5));
    }

    @Test
    void retryStateWaitsAfterFailuresAndResetsOnSuccess() {
        RetryState s = new RetryState(NO_JITTER, new SplittableRandom(3));
        Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
        assertTrue(s.due(t0));
        assertEquals(Duration.ofSeconds(1), s.failed(t0));
        assertFalse(s.due(t0.plusMillis(999)));
        assertTrue(s.due(t0.plusSeconds(1)));
        assertEquals(Duration.ofSeconds(2), s.failed(t0.plusSeconds(1)));
        assertEquals(Duration.ofSeconds(4), s.failed(t0.plusSeconds(3)));
        assertEquals(3, s.failures());
        s.succeeded();
        assertTrue(s.due(t0));
        assertEquals(Duration.ofSeconds(1), s.failed(t0.plusSeconds(10)), "back to the initial delay");
    }
}
