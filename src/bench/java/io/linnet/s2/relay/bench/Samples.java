package io.linnet.s2.relay.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One-way latencies of one measured phase, recorded from many receiving threads at once into a
 * preallocated array (no locks, no allocation per sample). Samples beyond the capacity are counted
 * but not kept; {@link #dropped()} says how many.
 */
final class Samples {
    private final long[] nanos;
    private final AtomicInteger next = new AtomicInteger();

    Samples(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long latencyNanos) {
        int i = next.getAndIncrement();
        if (i < nanos.length) {
            nanos[i] = latencyNanos;
        }
    }

    /** Forgets every sample (call while nothing records). */
    void reset() {
        next.set(0);
    }

    int count() {
        return Math.min(next.get(), nanos.length);
    }

    long dropped() {
        return Math.max(0, next.get() - nanos.length);
    }

    /** The latencies recorded so far, sorted, for {@link Percentiles}. */
    Percentiles percentiles() {
        long[] sorted = Arrays.copyOf(nanos, count());
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    /** Nearest-rank percentiles of sorted latencies, in milliseconds; NaN without samples. */
    record Percentiles(long[] sorted) {
        double millis(double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        double maxMillis() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
        }
    }
}
