package io.linnet.s2.client;

import io.linnet.s2.wire.TimeSync;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The client's estimate of network time: local time minus an offset blended from the per-connection
 * offsets the relays' time samples gave (each already reduced by the client rule: within ±2 s counts
 * as 0, see {@link TimeSync#clientRule}).
 *
 * <p>With three or more connections the offset is the average of the middle third, as Ixian-Core
 * computes it ({@link TimeSync#combine}). Ixian-Core keeps its previous offset (initially 0) while it
 * has fewer than three; Linnet does not, because a client typically has one or two relays and those
 * relays are exactly the ones that judge its presence timestamps (−30 s/+300 s): with one connection its
 * offset is used, with two their mean (truncated towards zero). With no connection the last offset is
 * kept.
 *
 * <p>Reading {@link #now()} and {@link #offsetSeconds()} is thread-safe; updates come from the
 * client's engine thread.
 */
final class NetworkClock implements InstantSource {
    private final InstantSource local;
    private final Map<String, Long> offsets = new HashMap<>();
    private volatile long offsetSeconds;

    NetworkClock(InstantSource local) {
        this.local = Objects.requireNonNull(local, "local");
    }

    /** Records the offset (seconds, local minus remote, before the client rule) of a connection. */
    void put(String connection, long rawOffsetSeconds) {
        offsets.put(connection, TimeSync.clientRule(rawOffsetSeconds));
        recompute();
    }

    /** Forgets a closed connection's offset; the estimate stays as it was if none is left. */
    void remove(String connection) {
        if (offsets.remove(connection) != null && !offsets.isEmpty()) {
            recompute();
        }
    }

    private void recompute() {
        List<Long> values = List.copyOf(offsets.values());
        offsetSeconds = combine(values, offsetSeconds);
    }

    /** The blending rule described on the class; {@code previous} is kept when there is nothing to blend. */
    static long combine(List<Long> connectionOffsets, long previous) {
        return switch (connectionOffsets.size()) {
            case 0 -> previous;
            case 1 -> connectionOffsets.getFirst();
            case 2 -> (connectionOffsets.get(0) + connectionOffsets.get(1)) / 2;
            default -> TimeSync.combine(connectionOffsets).orElse(previous);
        };
    }

    /** Local minus network time, in seconds. */
    long offsetSeconds() {
        return offsetSeconds;
    }

    /** Network time now, in unix seconds. */
    long nowSeconds() {
        return local.instant().getEpochSecond() - offsetSeconds;
    }

    /** Network time. */
    @Override
    public Instant instant() {
        return local.instant().minusSeconds(offsetSeconds);
    }

    /** The local clock this estimate is based on. */
    InstantSource local() {
        return local;
    }
}
