package io.linnet.ixian.stream;

import io.linnet.ixian.ProtocolException;

/** The transport-level kind of a {@link StreamMessage}, with its wire numbers. */
public enum StreamMessageCode {
    /** Reserved for S2 nodes reporting delivery problems. */
    ERROR,
    /** Control traffic (handshake, receipts, nicks…). */
    INFO,
    /** User content. */
    DATA;

    private static final StreamMessageCode[] VALUES = values();

    /** The wire number (declaration order: 0, 1, 2). */
    public int number() {
        return ordinal();
    }

    static StreamMessageCode fromNumber(long number, int offset) throws ProtocolException {
        if (number < 0 || number >= VALUES.length) {
            throw new ProtocolException("unknown stream message type " + number, offset);
        }
        return VALUES[(int) number];
    }
}
