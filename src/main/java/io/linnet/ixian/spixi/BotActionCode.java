package io.linnet.ixian.spixi;

import io.linnet.ixian.ProtocolException;

/** What a {@link SpixiBotAction} asks a bot for or tells it, with the int16 wire numbers. */
public enum BotActionCode {
    GET_INFO,
    INFO,
    GET_CHANNELS,
    CHANNEL,
    GET_USERS,
    USER,
    GET_GROUPS,
    GROUP,
    GET_PAYMENT,
    PAYMENT,
    KICK_USER,
    BAN_USER,
    ENABLE_NOTIFICATIONS,
    GET_USER;

    private static final BotActionCode[] VALUES = values();

    /** The wire number (the declaration order, 0–13). */
    public int number() {
        return ordinal();
    }

    static BotActionCode fromNumber(int number, int offset) throws ProtocolException {
        if (number < 0 || number >= VALUES.length) {
            throw new ProtocolException("unknown bot action " + number, offset);
        }
        return VALUES[number];
    }
}
