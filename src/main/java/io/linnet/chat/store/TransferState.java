package io.linnet.chat.store;

/**
 * Where a file transfer is in its life.
 *
 * <p>Each constant has a fixed {@link #code()}, the number the database stores; codes never change
 * once released, and new constants get new codes.
 */
public enum TransferState {
    /** Offered: an incoming file waits for the user to accept it, an outgoing one for the peer to. */
    OFFERED(0),
    /** Accepted and moving: packets are being pulled (incoming) or served (outgoing). */
    TRANSFERRING(1),
    /** Done: an incoming file is whole, checked and in the downloads folder; an outgoing one was received. */
    COMPLETE(2),
    /** Stopped by an error (a hash that does not match, a disk error); an incoming one may be accepted again. */
    FAILED(3),
    /** Cancelled by us or by the peer. */
    CANCELLED(4),
    /** An outgoing file no longer offered: its copy was dropped after the offer's lifetime. */
    EXPIRED(5);

    private final int code;

    TransferState(int code) {
        this.code = code;
    }

    /** The number the database stores for this constant. */
    public int code() {
        return code;
    }

    /** Whether nothing more will happen without the user (complete, cancelled, expired). */
    public boolean finished() {
        return this == COMPLETE || this == CANCELLED || this == EXPIRED;
    }

    /** The constant stored as {@code code}. */
    public static TransferState fromCode(int code) {
        for (TransferState v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown TransferState code " + code);
    }
}
