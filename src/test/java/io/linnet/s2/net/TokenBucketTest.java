package io.linnet.s2.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    @Test
    void startsFullRefillsAtTheRateAndNeverBeyondCapacity() {
        AtomicLong now = new AtomicLong();
        TokenBucket b = new TokenBucket(10, 5, now::get);
        for (int i = 0; i < 5; i++) {
            assertTrue(b.tryTake(1));
        }
        assertFalse(b.tryTake(1));
        now.addAndGet(100_000_000);
        assertTrue(b.tryTake(1), "0.1 s at 10/s gives one token");
        assertFalse(b.tryTake(1));
        now.addAndGet(60_000_000_000L);
        assertEquals(5, b.available(), 1e-9);
        assertFalse(b.tryTake(6), "a request above what is available takes nothing");
        assertEquals(5, b.available(), 1e-9);
    }
}
