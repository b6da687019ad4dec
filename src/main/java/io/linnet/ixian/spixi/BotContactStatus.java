package io.linnet.ixian.spixi;

import io.linnet.ixian.ProtocolException;

/** A group or bot member's standing, with the int16 wire numbers. */
public enum BotContactStatus {
    NORMAL,
    KICKED,
    BANNED,
    LEFT;

    private static final BotContactStatus[] VALUES = values();

    /** The wire number (the declaration order, 0–3). */
    public int number() {
        return ordinal();
    }

    static BotContactStatus fromNumber(int number, int offset) throws ProtocolException {
        if (number < 0 || number >= VALUES.length) {
            throw new ProtocolException("unknown member status " + number, offset);
        }
        return VALUES[number];
    }
}
