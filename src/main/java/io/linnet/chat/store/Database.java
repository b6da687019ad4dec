package io.linnet.chat.store;

/**
 * The local database as the engine sees it: atomic units of work over all repositories.
 *
 * <p>Write transactions run one at a time (there is a single writer); a unit of work either commits as a
 * whole or, if it throws, leaves nothing behind. Read transactions see one consistent snapshot and may run
 * alongside a write. Transactions do not nest: starting one inside another on the same thread is an
 * {@link IllegalStateException}, because the inner one could not see the outer one's uncommitted rows.
 *
 * <p>Callbacks registered with {@link Transaction#afterCommit} run on the calling thread once the commit
 * is durable to the requested {@link Durability} and the writer is free again; they never run for a
 * rolled-back transaction. That is where the engine publishes events to the UI.
 */
public interface Database extends AutoCloseable {

    /** A unit of work that returns a value. */
    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx);
    }

    /** A unit of work that returns nothing. */
    @FunctionalInterface
    interface Action {
        void run(Transaction tx);
    }

    /** Runs {@code work} in a write transaction with {@link Durability#NORMAL} and returns its result. */
    default <T> T inTransaction(Work<T> work) {
        return inTransaction(Durability.NORMAL, work);
    }

    /** Runs {@code work} in a write transaction committed with the given durability. */
    <T> T inTransaction(Durability durability, Work<T> work);

    /** {@link #inTransaction(Work)} for work without a result. */
    default void useTransaction(Action action) {
        useTransaction(Durability.NORMAL, action);
    }

    /** {@link #inTransaction(Durability, Work)} for work without a result. */
    default void useTransaction(Durability durability, Action action) {
        inTransaction(durability, tx -> {
            action.run(tx);
            return null;
        });
    }

    /**
     * Runs {@code work} in a read-only transaction: one snapshot, and every write method fails with
     * {@link IllegalStateException}.
     */
    <T> T read(Work<T> work);

    /**
     * Re-wraps the data key under {@code newKey} (for a changed wallet password). Messages are not
     * re-encrypted; from now on only {@code newKey} opens the database.
     */
    void changeKey(DatabaseKey newKey);

    /** Waits for running transactions, then closes the database. */
    @Override
    void close();
}
