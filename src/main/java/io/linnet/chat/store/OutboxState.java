package io.linnet.chat.store;

/**
 * Whether an outbox entry is still being tried.
 *
 * <p>Each constant has a fixed {@link #code()}, the number the database stores; codes never change
 * once released, and new constants get new codes.
 */
public enum OutboxState {
    /** Waiting for its next attempt. */
    PENDING(0),
    /** Expired without an acknowledgement; kept so the user can retry. */
    FAILED(1);

    private final int code;

    OutboxState(int code) {
        this.code = code;
    }

    /** The number the database stores for this constant. */
    public int code() {
        return code;
    }

    /** The constant stored as {@code code}. */
    public static OutboxState fromCode(int code) {
        for (OutboxState v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown OutboxState code " + code);
    }
}
