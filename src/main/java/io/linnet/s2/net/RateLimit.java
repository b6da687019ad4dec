package io.linnet.s2.net;

/**
 * A per-connection budget for what a peer sends: frames per second and bytes per second, each a token
 * bucket holding {@code burstSeconds} worth of tokens. Zero means "no limit" for that measure.
 *
 * <p>The byte bucket always holds at least one maximal frame, so a large but legitimate message is not
 * refused just because it is large.
 */
public record RateLimit(double framesPerSecond, double bytesPerSecond, double burstSeconds) {

    public RateLimit {
        if (framesPerSecond < 0 || bytesPerSecond < 0 || !(burstSeconds > 0)
                || Double.isNaN(framesPerSecond) || Double.isNaN(bytesPerSecond)) {
            throw new IllegalArgumentException("rates must be >= 0 and the burst > 0");
        }
    }

    /** No limit at all (clients, and Ixian parity). */
    public static RateLimit unlimited() {
        return new RateLimit(0, 0, 1);
    }

    public boolean limitsFrames() {
        return framesPerSecond > 0;
    }

    public boolean limitsBytes() {
        return bytesPerSecond > 0;
    }
}
