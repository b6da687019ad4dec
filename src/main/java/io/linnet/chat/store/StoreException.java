package io.linnet.chat.store;

/**
 * The database could not do what was asked: an I/O or SQL failure, a broken constraint, or data that
 * does not decrypt. Unchecked, because callers can rarely do more than report it; a failed unit of work
 * has been rolled back by the time this reaches them.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
