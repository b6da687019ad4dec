package io.linnet.ixian.wallet;

/**
 * A wallet file did not open with the given password. Encrypted fields cannot tell a wrong password
 * from damaged ciphertext, so this also covers ciphertext that was altered; files whose structure is
 * broken are reported as {@link io.linnet.ixian.ProtocolException} instead.
 */
public final class WrongPasswordException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }

    public WrongPasswordException(String message) {
        super(message);
    }
}
