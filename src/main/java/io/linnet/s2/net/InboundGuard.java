package io.linnet.s2.net;

import io.linnet.s2.wire.FrameEncoder;
import io.linnet.s2.wire.WireEvent;
import java.util.Optional;

/**
 * What a connection's reader checks about its peer's input: the {@link RateLimit} budgets and the
 * {@link WireTolerance} counts. Answers name the broken rule; the connection decides how to hang up.
 * Used by the reader thread only; the counts may be read from any thread (they are only advisory).
 */
final class InboundGuard {
    private final WireTolerance tolerance;
    private final TokenBucket frames;
    private final TokenBucket bytes;
    private volatile long badCheckBytes;
    private volatile long badLengths;
    private volatile long checksumMismatches;

    InboundGuard(WireTolerance tolerance, RateLimit limit, int readBuffer) {
        this.tolerance = tolerance;
        this.frames = limit.limitsFrames()
                ? new TokenBucket(limit.framesPerSecond(), Math.max(1, limit.framesPerSecond() * limit.burstSeconds()),
                        System::nanoTime)
                : null;
        double byteCapacity = Math.max(limit.bytesPerSecond() * limit.burstSeconds(),
                tolerance.maxPayload() + (double) FrameEncoder.HEADER_LENGTH + readBuffer);
        this.bytes = limit.limitsBytes() ? new TokenBucket(limit.bytesPerSecond(), byteCapacity, System::nanoTime) : null;
    }

    /** Charges {@code n} received bytes; false if that goes over the byte budget. */
    boolean admitBytes(int n) {
        return bytes == null || bytes.tryTake(n);
    }

    /** Charges one received frame; false if that goes over the frame budget. */
    boolean admitFrame() {
        return frames == null || frames.tryTake(1);
    }

    /** Counts a rejected header or bad checksum; the broken rule if the tolerance is now exceeded. */
    Optional<String> problem(WireEvent e) {
        if (e instanceof WireEvent.HeaderRejected hr && hr.reason() == WireEvent.HeaderRejected.Reason.LENGTH) {
            return over(++badLengths, tolerance.maxBadLengths(), "headers with a bad length");
        }
        if (e instanceof WireEvent.HeaderRejected) {
            return over(++badCheckBytes, tolerance.maxBadCheckBytes(), "headers with a bad check byte");
        }
        return over(++checksumMismatches, tolerance.maxChecksumMismatches(), "payload checksum mismatches");
    }

    /** The broken rule if {@code ignored} garbage bytes exceed the tolerance. */
    Optional<String> garbage(long ignored) {
        return over(ignored, tolerance.maxIgnoredBytes(), "garbage bytes");
    }

    private static Optional<String> over(long count, long max, String what) {
        return count > max ? Optional.of(count + " " + what) : Optional.empty();
    }

    long badHeaders() {
        return badCheckBytes + badLengths;
    }

    long checksumMismatches() {
        return checksumMismatches;
    }
}
