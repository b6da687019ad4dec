package io.linnet.s2.net;

import io.linnet.s2.wire.Frame;

/**
 * How much broken input a connection puts up with before it hangs up. Ixian nodes never disconnect for
 * bad headers, bad checksums or stray bytes ({@link #lenient()}); a relay facing the open network is
 * stricter ({@link #strict()}). A count is exceeded when it goes above its maximum.
 *
 * @param maxPayload            largest payload accepted; a header declaring more is a bad length
 * @param maxBadCheckBytes      headers whose check byte is wrong
 * @param maxBadLengths         headers with a correct check byte but a length outside {@code 1..maxPayload}
 * @param maxChecksumMismatches frames whose payload did not match its CRC32C
 * @param maxIgnoredBytes       bytes at unit boundaries that started no unit (garbage)
 */
public record WireTolerance(int maxPayload, long maxBadCheckBytes, long maxBadLengths, long maxChecksumMismatches,
        long maxIgnoredBytes) {

    public WireTolerance {
        if (maxPayload < 1 || maxPayload > Frame.MAX_PAYLOAD) {
            throw new IllegalArgumentException("maxPayload " + maxPayload + " outside 1.." + Frame.MAX_PAYLOAD);
        }
        if (maxBadCheckBytes < 0 || maxBadLengths < 0 || maxChecksumMismatches < 0 || maxIgnoredBytes < 0) {
            throw new IllegalArgumentException("negative tolerance");
        }
    }

    /** Like Ixian nodes: skip and count, never disconnect. */
    public static WireTolerance lenient() {
        return new WireTolerance(Frame.MAX_PAYLOAD, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * For a relay: a few damaged headers or payloads are forgiven (3 each), a well-formed header with an
     * impossible length is not (0), and at most 1024 garbage bytes.
     */
    public static WireTolerance strict() {
        return strict(Frame.MAX_PAYLOAD);
    }

    /** {@link #strict()} with another payload limit. */
    public static WireTolerance strict(int maxPayload) {
        return new WireTolerance(maxPayload, 3, 0, 3, 1024);
    }
}
