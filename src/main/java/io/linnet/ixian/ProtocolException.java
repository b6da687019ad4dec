package io.linnet.ixian;

/**
 * Malformed wire data: truncated, oversized or otherwise invalid bytes.
 *
 * <p>Every decoder in Linnet reports bad input with this exception and nothing else, so a caller can
 * drop the message (or disconnect the peer) and carry on. The message names what was wrong and, where
 * known, the byte offset at which the decoder noticed it.
 */
public final class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Byte offset into the decoded buffer, or -1 when the problem has no single position. */
    private final int offset;

    public ProtocolException(String message) {
        this(message, -1, null);
    }

    public ProtocolException(String message, int offset) {
        this(message, offset, null);
    }

    public ProtocolException(String message, Throwable cause) {
        this(message, -1, cause);
    }

    public ProtocolException(String message, int offset, Throwable cause) {
        super(offset >= 0 ? message + " (at byte " + offset + ")" : message, cause);
        this.offset = offset;
    }

    /** Byte offset at which the problem was found, or -1. */
    public int offset() {
        return offset;
    }
}
