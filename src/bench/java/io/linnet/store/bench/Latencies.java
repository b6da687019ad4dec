package io.linnet.store.bench;

import java.util.Arrays;
import java.util.Locale;

/** Collected durations of one kind of operation, with percentiles. */
final class Latencies {
    private final String name;
    private long[] nanos = new long[1024];
    private int count;

    Latencies(String name) {
        this.name = name;
    }

    /** Runs {@code op} and records how long it took. */
    <T> T time(java.util.function.Supplier<T> op) {
        long start = System.nanoTime();
        T result = op.get();
        add(System.nanoTime() - start);
        return result;
    }

    void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    String name() {
        return name;
    }

    int count() {
        return count;
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    double meanMillis() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return count == 0 ? 0 : sum / 1e6 / count;
    }

    /** A Markdown table row: name, runs, p50, p99, mean. */
    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |", name, count, percentileMillis(50),
                percentileMillis(99), meanMillis());
    }
}
