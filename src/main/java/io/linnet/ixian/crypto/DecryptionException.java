package io.linnet.ixian.crypto;

/**
 * Ciphertext that cannot be opened: wrong key, tampered or truncated bytes, malformed framing, or a
 * missing key.
 *
 * <p>Every decryption routine in Linnet reports failure with this exception and nothing else, so a
 * caller can drop the message. The message says which layer failed, never anything about the key.
 */
public final class DecryptionException extends Exception {
    private static final long serialVersionUID = 1L;

    public DecryptionException(String message) {
        super(message);
    }

    public DecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
