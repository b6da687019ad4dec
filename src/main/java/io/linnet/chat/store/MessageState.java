package io.linnet.chat.store;

/**
 * Where a message is in its life. Outgoing messages go {@code SENDING → SENT → DELIVERED → READ}, or end
 * in {@code FAILED}, which a retry turns back into {@code SENDING}; incoming messages are
 * {@code RECEIVED} until we read them, then {@code READ}.
 *
 * <p>Each constant has a fixed {@link #code()}, the number the database stores; codes never change
 * once released, and new constants get new codes.
 */
public enum MessageState {
    /** Outgoing, waiting in the outbox. */
    SENDING(0, 0),
    /** Outgoing, handed to the network (or the push server). */
    SENT(1, 1),
    /** Outgoing, acknowledged by the recipient (by every recipient in a group). */
    DELIVERED(2, 2),
    /** Outgoing: read by the recipient. Incoming: read by us. */
    READ(3, 3),
    /** Outgoing, not acknowledged before its outbox entry expired; the user may retry. */
    FAILED(4, 0),
    /** Incoming and not read yet. */
    RECEIVED(5, 0);

    private final int code;
    private final int rank;

    MessageState(int code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    /** The number the database stores for this constant. */
    public int code() {
        return code;
    }

    /**
     * Whether a message in this state may move to {@code next} when news arrives: receipts only ever
     * move a message forward ({@code READ} is not undone by a late {@code DELIVERED}), a receipt rescues a
     * {@code FAILED} message, and only a retry sends a {@code FAILED} message back to {@code SENDING}.
     */
    public boolean canAdvanceTo(MessageState next) {
        if (this == next) {
            return false;
        }
        if (next == FAILED) {
            return this == SENDING || this == SENT;
        }
        if (this == FAILED && next == SENDING) {
            return true;
        }
        if (next == RECEIVED) {
            return false;
        }
        return next.rank > rank;
    }

    /** The constant stored as {@code code}. */
    public static MessageState fromCode(int code) {
        for (MessageState v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown MessageState code " + code);
    }
}
