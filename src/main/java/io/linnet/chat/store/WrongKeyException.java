package io.linnet.chat.store;

/**
 * The key given to open the database does not unlock it: a wrong password, a raw key where a password is
 * expected (or the reverse), or a file whose key record was altered.
 */
public final class WrongKeyException extends StoreException {
    public WrongKeyException(String message) {
        super(message);
    }

    public WrongKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
