package io.linnet.cli;

/** Input a command cannot work with (bad hex, missing JSON field, ...): exit code 2, one-line message. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
