package io.linnet.chat.store;

/**
 * Progress of the pair-key handshake (protocol v1, ixian-streaming-groups.md §5.3). The same number
 * means slightly different things to the initiator and the responder.
 *
 * <p>Each constant has a fixed {@link #code()}, the number the database stores; codes never change
 * once released, and new constants get new codes.
 */
public enum HandshakeStatus {
    /** Initiator: request queued, not yet acknowledged. */
    NONE(0),
    /**
     * Initiator: request acknowledged. Responder: request received (and, once accepted, acceptAdd2
     * sent).
     */
    REQUESTED(1),
    /** Initiator: the peer's accept is processed and keys2 is sent. */
    KEYS_SENT(2),
    /** Both sides: pair keys agreed and confirmed. */
    ESTABLISHED(3);

    private final int code;

    HandshakeStatus(int code) {
        this.code = code;
    }

    /** The number the database stores for this constant. */
    public int code() {
        return code;
    }

    /** The constant stored as {@code code}. */
    public static HandshakeStatus fromCode(int code) {
        for (HandshakeStatus v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown HandshakeStatus code " + code);
    }
}
