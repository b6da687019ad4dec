package io.linnet.chat.store;

/**
 * Where a contact relationship stands, from our side.
 *
 * <p>Each constant has a fixed {@link #code()}, the number the database stores; codes never change
 * once released, and new constants get new codes.
 */
public enum ContactState {
    /** We asked them to add us and have no answer yet. */
    REQUEST_SENT(0),
    /** They asked us and we have not answered. */
    REQUEST_RECEIVED(1),
    /** Both sides agreed, messages flow. */
    APPROVED(2),
    /** We turned their request down (kept so a repeated request can be ignored). */
    DECLINED(3),
    /** We removed the contact but keep the record, e.g. for its history. */
    REMOVED(4);

    private final int code;

    ContactState(int code) {
        this.code = code;
    }

    /** The number the database stores for this constant. */
    public int code() {
        return code;
    }

    /** The constant stored as {@code code}. */
    public static ContactState fromCode(int code) {
        for (ContactState v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown ContactState code " + code);
    }
}
