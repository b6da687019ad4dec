package io.linnet.s2.relay.bench;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * One-way latencies of one measured phase as a histogram, recorded from many receiving threads at once
 * without locks or allocation: 1 µs buckets up to 100 ms, 100 µs buckets up to about 10 s, one bucket
 * for anything longer. Percentiles are read as the upper edge of their bucket, so they are exact to
 * 1 µs below 100 ms; the maximum is kept exactly.
 */
final class Samples {
    private static final long FINE_NANOS = 1_000;
    private static final int FINE_BUCKETS = 100_000;
    private static final long COARSE_NANOS = 100_000;
    private static final int COARSE_BUCKETS = 99_000;
    private static final long FINE_LIMIT = FINE_NANOS * FINE_BUCKETS;

    private final AtomicLongArray counts = new AtomicLongArray(FINE_BUCKETS + COARSE_BUCKETS + 1);
    private final LongAccumulator max = new LongAccumulator(Math::max, 0);

    void add(long latencyNanos) {
        long n = Math.max(0, latencyNanos);
        int bucket = n < FINE_LIMIT ? (int) (n / FINE_NANOS)
                : (int) Math.min(FINE_BUCKETS + COARSE_BUCKETS, FINE_BUCKETS + (n - FINE_LIMIT) / COARSE_NANOS);
        counts.incrementAndGet(bucket);
        max.accumulate(n);
    }

    /** Forgets every sample (call while nothing records). */
    void reset() {
        for (int i = 0; i < counts.length(); i++) {
            counts.set(i, 0);
        }
        max.reset();
    }

    /** A copy of the histogram for reading percentiles. */
    Percentiles percentiles() {
        long[] copy = new long[counts.length()];
        long total = 0;
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts.get(i);
            total += copy[i];
        }
        return new Percentiles(copy, total, max.get());
    }

    /** Nearest-rank percentiles in milliseconds; NaN without samples. */
    record Percentiles(long[] counts, long total, long maxNanos) {
        double millis(double p) {
            if (total == 0) {
                return Double.NaN;
            }
            long rank = Math.max(1, (long) Math.ceil(p / 100.0 * total));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return Math.min(upperEdge(i), maxNanos) / 1e6;
                }
            }
            return maxNanos / 1e6;
        }

        double maxMillis() {
            return total == 0 ? Double.NaN : maxNanos / 1e6;
        }

        private static long upperEdge(int bucket) {
            return bucket < FINE_BUCKETS ? (bucket + 1) * FINE_NANOS
                    : FINE_LIMIT + (bucket - FINE_BUCKETS + 1) * COARSE_NANOS;
        }
    }
}
