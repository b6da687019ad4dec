package io.linnet.store;

import io.linnet.chat.store.Database;
import io.linnet.chat.store.DatabaseKey;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.StoreException;
import io.linnet.store.crypto.KeyRing;
import io.linnet.store.crypto.StoreKeys;
import io.linnet.store.schema.Migrator;
import io.linnet.store.search.SearchTokens;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store on SQLite. {@link #open} opens (or creates) a database file, migrates its schema and unlocks
 * its data key; {@link #inMemory} gives a private database for tests of the engine.
 *
 * <p>One connection writes, behind a fair lock, so write transactions run one after the other
 * ({@code BEGIN IMMEDIATE} also keeps other processes out meanwhile). A file database has two more
 * connections for reads, which in WAL mode see the last committed snapshot without waiting for the
 * writer. An in-memory database has only its one connection, and reads take the writer's lock.
 */
public final class SqliteDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    /** Read connections of a file database. */
    static final int READERS = 2;

    private final String name;
    private final boolean fileBacked;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Session writer;
    private final BlockingQueue<Session> readers;
    private final TransactionRunner runner = new TransactionRunner();
    private final byte[] dataKey;
    private volatile boolean closed;

    private SqliteDatabase(String name, boolean fileBacked, Session writer, List<Session> readers, byte[] dataKey) {
        this.name = name;
        this.fileBacked = fileBacked;
        this.writer = writer;
        this.readers = new ArrayBlockingQueue<>(Math.max(1, readers.size()), true, readers);
        this.dataKey = dataKey;
    }

    /**
     * Opens the database file at {@code file}, creating it if needed. Fails with
     * {@link io.linnet.chat.store.SchemaVersionException} for a file written by a newer Linnet and with
     * {@link io.linnet.chat.store.WrongKeyException} if {@code key} does not unlock it.
     */
    public static SqliteDatabase open(Path file, DatabaseKey key) {
        Objects.requireNonNull(key, "key");
        Connection c = Connections.openWriter(file);
        List<Session> readers = new ArrayList<>();
        try {
            Unlocked u = prepare(c, key);
            for (int i = 0; i < READERS; i++) {
                readers.add(new Session(Connections.openReader(file), u.keys.cipher(), u.tokens));
            }
            LOG.info("Opened the database {}", file);
            return new SqliteDatabase(file.toString(), true, new Session(c, u.keys.cipher(), u.tokens), readers, u.dataKey);
        } catch (RuntimeException e) {
            readers.forEach(Session::close);
            Connections.closeQuietly(c);
            throw e;
        }
    }

    /** A private in-memory database locked with {@code key}. */
    public static SqliteDatabase inMemory(DatabaseKey key) {
        Connection c = Connections.openMemory();
        try {
            Unlocked u = prepare(c, key);
            return new SqliteDatabase(":memory:", false, new Session(c, u.keys.cipher(), u.tokens), List.of(), u.dataKey);
        } catch (RuntimeException e) {
            Connections.closeQuietly(c);
            throw e;
        }
    }

    /** A private in-memory database with a random key. */
    public static SqliteDatabase inMemory() {
        return inMemory(DatabaseKey.random());
    }

    private record Unlocked(byte[] dataKey, StoreKeys keys, SearchTokens tokens) {}

    private static Unlocked prepare(Connection c, DatabaseKey key) {
        try {
            Migrator.standard().migrate(c);
            byte[] dataKey;
            try (var s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    dataKey = KeyRing.unlock(c, key);
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    s.execute("ROLLBACK");
                    throw e;
                }
            }
            StoreKeys keys = StoreKeys.derive(dataKey);
            return new Unlocked(dataKey, keys, new SearchTokens(keys.searchKey()));
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the database: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T inTransaction(Durability durability, Work<T> work) {
        Objects.requireNonNull(durability, "durability");
        Objects.requireNonNull(work, "work");
        TransactionRunner.Outcome<T> outcome;
        runner.enter();
        try {
            writeLock.lock();
            try {
                checkOpen();
                outcome = runner.run(writer, false, fileBacked && durability == Durability.FULL, work);
            } finally {
                writeLock.unlock();
            }
        } finally {
            runner.leave();
        }
        return outcome.finish();
    }

    @Override
    public <T> T read(Work<T> work) {
        Objects.requireNonNull(work, "work");
        TransactionRunner.Outcome<T> outcome;
        runner.enter();
        try {
            if (fileBacked) {
                Session reader = takeReader();
                try {
                    outcome = runner.run(reader, true, false, work);
                } finally {
                    readers.add(reader);
                }
            } else {
                writeLock.lock();
                try {
                    checkOpen();
                    outcome = runner.run(writer, true, false, work);
                } finally {
                    writeLock.unlock();
                }
            }
        } finally {
            runner.leave();
        }
        return outcome.finish();
    }

    @Override
    public void changeKey(DatabaseKey newKey) {
        Objects.requireNonNull(newKey, "newKey");
        inTransaction(Durability.FULL, tx -> {
            try {
                KeyRing.rewrap(writer.connection(), dataKey, newKey);
            } catch (SQLException e) {
                throw new StoreException("cannot change the database key: " + e.getMessage(), e);
            }
            return null;
        });
        LOG.info("Changed the key of the database {}", name);
    }

    /** A free reader; waits while all are busy, and fails once the database is closed. */
    private Session takeReader() {
        try {
            while (true) {
                checkOpen();
                Session s = readers.poll(100, TimeUnit.MILLISECONDS);
                if (s != null) {
                    return s;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database reader", e);
        }
    }

    /** A reader back from its current read, for closing. */
    private Session awaitReader() {
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while closing the database", e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the database " + name + " is closed");
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (fileBacked) {
                for (int i = 0; i < READERS; i++) {
                    awaitReader().close();
                }
            }
            try {
                writer.execute("PRAGMA optimize");
            } catch (StoreException e) {
                LOG.debug("PRAGMA optimize failed on close", e);
            }
            writer.close();
            if (fileBacked) {
                LOG.info("Closed the database {}", name);
            }
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "SqliteDatabase[" + name + "]";
    }
}
