package io.linnet.chat.store;

/**
 * What a receipt from a recipient says about a message.
 *
 * <p>Each constant has a fixed {@link #code()}, the number the database stores; codes never change
 * once released, and new constants get new codes.
 */
public enum ReceiptKind {
    /** The recipient's device has the message (msgReceived). */
    DELIVERED(0),
    /** The recipient has seen the message (msgRead). */
    READ(1);

    private final int code;

    ReceiptKind(int code) {
        this.code = code;
    }

    /** The number the database stores for this constant. */
    public int code() {
        return code;
    }

    /** The constant stored as {@code code}. */
    public static ReceiptKind fromCode(int code) {
        for (ReceiptKind v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown ReceiptKind code " + code);
    }
}
