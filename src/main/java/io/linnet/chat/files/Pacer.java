package io.linnet.chat.files;

/**
 * Spaces file packets out so that the bytes sent stay under a rate: each reservation says how long to wait
 * before sending. Engine thread only.
 */
final class Pacer {
    private final long bytesPerSecond;
    private long nextFreeNanos = Long.MIN_VALUE;

    /** @param bytesPerSecond the rate; 0 for no limit */
    Pacer(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    /** Reserves {@code bytes} and returns the nanoseconds to wait before sending them (0: now). */
    long reserve(long bytes, long nowNanos) {
        if (bytesPerSecond == 0) {
            return 0;
        }
        long start = Math.max(nowNanos, nextFreeNanos);
        nextFreeNanos = start + bytes * 1_000_000_000L / bytesPerSecond;
        return start - nowNanos;
    }
}
