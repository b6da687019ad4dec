package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkClockTest {

    @Test
    void fewerThanThreeConnectionsUseTheirOwnOffsets() {
        assertEquals(7, NetworkClock.combine(List.of(), 7), "none: keep the previous");
        assertEquals(-40, NetworkClock.combine(List.of(-40L), 0));
        assertEquals(15, NetworkClock.combine(List.of(10L, 20L), 0));
        assertEquals(-15, NetworkClock.combine(List.of(-10L, -21L), 0), "mean truncates towards zero");
    }

    @Test
    void threeOrMoreUseTheMiddleThirdLikeIxianCore() {
        assertEquals(20, NetworkClock.combine(List.of(100L, 20L, -50L), 0));
        assertEquals(25, NetworkClock.combine(List.of(0L, 10L, 20L, 30L, 40L, 1000L), 0));
    }

    @Test
    void appliesTheTwoSecondClientRuleAndForgetsClosedConnections() {
        MutableClock local = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        NetworkClock c = new NetworkClock(local);
        c.put("a", 2);
        assertEquals(0, c.offsetSeconds(), "within ±2 s counts as 0");
        c.put("a", 60);
        assertEquals(60, c.offsetSeconds());
        assertEquals(local.instant().getEpochSecond() - 60, c.nowSeconds());
        assertEquals(local.instant().minusSeconds(60), c.instant());
        c.put("b", 20);
        assertEquals(40, c.offsetSeconds());
        c.remove("a");
        assertEquals(20, c.offsetSeconds());
        c.remove("b");
        assertEquals(20, c.offsetSeconds(), "no connection left: keep the last estimate");
    }
}
