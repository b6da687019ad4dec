package io.linnet.s2.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Network-time estimate of one connection from the (up to five) time samples the accepting side sends
 * right after the TCP accept.
 *
 * <p>For each sample the difference {@code localMillis − remoteMillis} is taken, minus the local time
 * that passed since the previous sample; the smallest difference, divided by 1000 (truncated), is the
 * connection's offset in seconds. Network time is then {@code localSeconds − offset}. A client treats an
 * offset of at most ±2 s as 0, and blends its connections with {@link #combine(List)}.
 *
 * <p>Not thread-safe; the caller stamps each sample with its own clock when the event arrives.
 */
public final class TimeSync {
    /** Offsets of at most this many seconds either way are treated as no offset by clients. */
    public static final long CLIENT_TOLERANCE_SECONDS = 2;

    private final List<Long> differences = new ArrayList<>(FrameDecoder.MAX_TIME_SAMPLES);
    private long lastLocalMillis;

    /**
     * Records a sample; samples beyond the fifth are ignored, as the stream grammar ignores them too.
     *
     * @param remoteMillis the sender's network time from the sample
     * @param localMillis  the local clock when the sample was read
     */
    public void add(long remoteMillis, long localMillis) {
        if (differences.size() >= FrameDecoder.MAX_TIME_SAMPLES) {
            return;
        }
        long diff = localMillis - remoteMillis;
        if (!differences.isEmpty()) {
            diff -= localMillis - lastLocalMillis;
        }
        differences.add(diff);
        lastLocalMillis = localMillis;
    }

    /** Number of samples recorded. */
    public int samples() {
        return differences.size();
    }

    /** True once five samples were recorded. */
    public boolean complete() {
        return differences.size() >= FrameDecoder.MAX_TIME_SAMPLES;
    }

    /** The connection's offset in seconds (local minus remote); 0 without samples. */
    public long offsetSeconds() {
        return differences.stream().mapToLong(Long::longValue).min().orElse(0) / 1000;
    }

    /** {@link #offsetSeconds()} with the client rule: within ±2 s counts as 0. */
    public long clientOffsetSeconds() {
        return clientRule(offsetSeconds());
    }

    /** Offsets within ±{@value #CLIENT_TOLERANCE_SECONDS} s become 0. */
    public static long clientRule(long offsetSeconds) {
        return Math.abs(offsetSeconds) <= CLIENT_TOLERANCE_SECONDS ? 0 : offsetSeconds;
    }

    /**
     * A client's network offset from its connections' offsets: sorted ascending, the middle third
     * (skip {@code n/3}, take {@code n/3}) is averaged with truncating division. With fewer than three
     * connections the middle third is empty and there is no new estimate (the caller keeps its previous
     * offset), as in Ixian-Core.
     */
    public static OptionalLong combine(List<Long> connectionOffsets) {
        List<Long> sorted = connectionOffsets.stream().sorted().toList();
        int third = sorted.size() / 3;
        if (third == 0) {
            return OptionalLong.empty();
        }
        long sum = 0;
        for (long v : sorted.subList(third, 2 * third)) {
            sum += v;
        }
        return OptionalLong.of(sum / third);
    }
}
