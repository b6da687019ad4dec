package io.linnet.s2.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimeSyncTest {

    @Test
    void smallestCorrectedDifferenceInWholeSeconds() {
        TimeSync t = new TimeSync();
        assertEquals(0, t.offsetSeconds());
        // remote clock is 10.5 s behind; samples arrive 100 ms apart with growing network delay
        long local = 1_000_000;
        t.add(local - 10_500 - 40, local);            // diff 10 540
        t.add(local + 100 - 10_500 - 100, local + 100); // 10 600 - 100 = 10 500
        t.add(local + 200 - 10_500 - 900, local + 200); // 11 400 - 100 = 11 300
        assertEquals(3, t.samples());
        assertFalse(t.complete());
        assertEquals(10, t.offsetSeconds());
        t.add(0, local + 300);
        t.add(0, local + 400);
        t.add(-5_000_000, local + 500); // a sixth sample is ignored
        assertTrue(t.complete());
        assertEquals(5, t.samples());
        assertEquals(10, t.offsetSeconds());
        assertEquals(10, t.clientOffsetSeconds());
    }

    @Test
    void negativeOffsetsTruncateTowardZero() {
        TimeSync t = new TimeSync();
        t.add(5_999, 0); // remote ahead by 5.999 s
        assertEquals(-5, t.offsetSeconds());
    }

    @Test
    void clientToleranceOfTwoSeconds() {
        assertEquals(0, TimeSync.clientRule(2));
        assertEquals(0, TimeSync.clientRule(-2));
        assertEquals(3, TimeSync.clientRule(3));
        assertEquals(-3, TimeSync.clientRule(-3));
    }

    @Test
    void combineAveragesTheMiddleThird() {
        assertEquals(OptionalLong.empty(), TimeSync.combine(List.of()));
        assertEquals(OptionalLong.empty(), TimeSync.combine(List.of(5L, 7L)));
        assertEquals(OptionalLong.of(5), TimeSync.combine(List.of(100L, 5L, -100L)));
        // sorted: -9 -3 4 6 8 100 → skip 2, take 2 → (4+6)/2
        assertEquals(OptionalLong.of(5), TimeSync.combine(List.of(8L, 100L, -3L, 4L, -9L, 6L)));
        // truncating division: (-3 + -4)/2 = -3
        assertEquals(OptionalLong.of(-3), TimeSync.combine(List.of(-10L, -20L, -3L, -4L, 50L, 60L)));
    }
}
