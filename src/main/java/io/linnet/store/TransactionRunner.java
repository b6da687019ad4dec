package io.linnet.store;

import io.linnet.chat.store.Database.Work;
import io.linnet.chat.store.StoreException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one unit of work on a session between BEGIN and COMMIT (or ROLLBACK when it throws), and keeps
 * transactions from nesting on a thread. After-commit callbacks are handed back in the {@link Outcome}, so
 * the database runs them once its locks are released.
 */
final class TransactionRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionRunner.class);

    private final ThreadLocal<Boolean> busy = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** The committed result and the callbacks still to run. */
    record Outcome<T>(T result, List<Runnable> callbacks) {
        /** Runs the callbacks in order, logging (not throwing) their failures, and returns the result. */
        T finish() {
            for (Runnable r : callbacks) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.error("An after-commit callback failed; the transaction stays committed", e);
                }
            }
            return result;
        }
    }

    /** Marks this thread as inside a transaction; fails if it already is. */
    void enter() {
        if (busy.get()) {
            throw new IllegalStateException(
                    "transactions do not nest: this thread is already inside a database transaction");
        }
        busy.set(Boolean.TRUE);
    }

    void leave() {
        busy.remove();
    }

    <T> Outcome<T> run(Session session, boolean readOnly, boolean fullSync, Work<T> work) {
        if (fullSync) {
            session.execute("PRAGMA synchronous = FULL");
        }
        try {
            session.execute(readOnly ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE");
            SqliteTransaction tx = new SqliteTransaction(session, readOnly);
            T result;
            try {
                result = work.run(tx);
                session.execute("COMMIT");
            } catch (Throwable e) {
                // also what a unit of work throws sneakily: nothing may leave the transaction open
                tx.end();
                rollback(session, e);
                throw e;
            }
            tx.end();
            return new Outcome<>(result, tx.callbacks());
        } finally {
            if (fullSync) {
                session.execute("PRAGMA synchronous = NORMAL");
            }
        }
    }

    private static void rollback(Session session, Throwable cause) {
        try {
            session.execute("ROLLBACK");
        } catch (StoreException e) {
            // SQLite may already have rolled back (e.g. after an I/O error); nothing is left to undo.
            cause.addSuppressed(e);
        }
        LOG.debug("Rolled back a transaction: {}", cause.toString());
    }
}
