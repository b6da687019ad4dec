package io.linnet.chat.api;

/**
 * A use case could not be carried out because of what the user asked (an unknown or unapproved contact,
 * a message that is not ours to edit, a text that is too long, a feature the contact's app lacks). Stages
 * returned by {@link Messenger} complete exceptionally with it; nothing was changed.
 */
public class ChatException extends RuntimeException {
    public ChatException(String message) {
        super(message);
    }

    /** The same, caused by {@code cause} (a file that could not be read, say). */
    public ChatException(String message, Throwable cause) {
        super(message, cause);
    }
}
