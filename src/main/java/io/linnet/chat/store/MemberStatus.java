package io.linnet.chat.store;

/**
 * Whether a group member still takes part (Ixian's BotContact status values).
 *
 * <p>Each constant has a fixed {@link #code()}, the number the database stores; codes never change
 * once released, and new constants get new codes.
 */
public enum MemberStatus {
    /** Takes part. */
    ACTIVE(0),
    /** Removed by the owner. */
    KICKED(1),
    /** Removed by the owner and not to be re-added. */
    BANNED(2),
    /** Left on their own. */
    LEFT(3);

    private final int code;

    MemberStatus(int code) {
        this.code = code;
    }

    /** The number the database stores for this constant. */
    public int code() {
        return code;
    }

    /** The constant stored as {@code code}. */
    public static MemberStatus fromCode(int code) {
        for (MemberStatus v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown MemberStatus code " + code);
    }
}
