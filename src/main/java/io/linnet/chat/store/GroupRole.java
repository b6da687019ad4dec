package io.linnet.chat.store;

/**
 * A member's role in a group; also our own role in a group.
 *
 * <p>Each constant has a fixed {@link #code()}, the number the database stores; codes never change
 * once released, and new constants get new codes.
 */
public enum GroupRole {
    /** An ordinary member. */
    MEMBER(0),
    /** A member the owner made an administrator. */
    ADMIN(1),
    /** The creator, who defines the membership and relays in privacy mode. */
    OWNER(2);

    private final int code;

    GroupRole(int code) {
        this.code = code;
    }

    /** The number the database stores for this constant. */
    public int code() {
        return code;
    }

    /** The constant stored as {@code code}. */
    public static GroupRole fromCode(int code) {
        for (GroupRole v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown GroupRole code " + code);
    }
}
