package io.linnet.chat.identity;

/**
 * The file given as a backup is not one Linnet can restore: not a Linnet backup at all, a format newer
 * than this version knows, or damaged (truncated, altered). Distinct from a wrong password, which is a
 * {@link io.linnet.ixian.wallet.WrongPasswordException}. Nothing was written when this is thrown.
 */
public final class InvalidBackupException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Reason {
        /** The file does not start with Linnet's backup header. */
        NOT_A_BACKUP,
        /** A backup from a newer Linnet, in a format this version cannot read. */
        UNSUPPORTED_FORMAT,
        /** The header is right but the rest is truncated or altered. */
        DAMAGED
    }

    private final Reason reason;

    public InvalidBackupException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
