package io.linnet.chat.store;

/**
 * One unit of work in progress. The repositories it hands out work inside this transaction only; using
 * them after the unit of work has returned is an {@link IllegalStateException}.
 */
public interface Transaction {

    /** Whether this is a read transaction, in which every write method fails. */
    boolean readOnly();

    /**
     * Runs {@code callback} after this transaction has committed, in registration order. A callback that
     * throws is logged and does not stop the others; the data is committed regardless.
     */
    void afterCommit(Runnable callback);

    IdentityStore identity();

    SettingsStore settings();

    ContactStore contacts();

    GroupStore groups();

    MessageStore messages();

    ConversationStore conversations();

    MessageSearch search();

    ReactionStore reactions();

    ReceiptStore receipts();

    OutboxStore outbox();

    FileTransferStore files();
}
