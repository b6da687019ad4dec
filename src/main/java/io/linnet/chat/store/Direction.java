package io.linnet.chat.store;

/**
 * Who wrote a message: the other side or us.
 *
 * <p>Each constant has a fixed {@link #code()}, the number the database stores; codes never change
 * once released, and new constants get new codes.
 */
public enum Direction {
    /** Written by someone else and received. */
    INCOMING(0),
    /** Written by us. */
    OUTGOING(1);

    private final int code;

    Direction(int code) {
        this.code = code;
    }

    /** The number the database stores for this constant. */
    public int code() {
        return code;
    }

    /** The constant stored as {@code code}. */
    public static Direction fromCode(int code) {
        for (Direction v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown Direction code " + code);
    }
}
