package io.linnet.store;

import io.linnet.chat.store.StoreException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens SQLite connections set up the way the store relies on: WAL journal, {@code synchronous=NORMAL},
 * foreign keys enforced, a busy timeout, and temporary data in memory. Connections stay in JDBC auto-commit
 * mode; transactions are begun and ended with explicit statements, because the driver would otherwise
 * open the next transaction right after each commit and hold its locks.
 */
final class Connections {
    /** How long a statement waits for a lock held by another process before failing. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private Connections() {}

    /** The writing connection to a database file, creating the file (owner-only where POSIX) if needed. */
    static Connection openWriter(Path file) {
        createPrivately(file);
        Connection c = open("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            String mode = single(s, "PRAGMA journal_mode = WAL");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new StoreException("the database at " + file + " cannot use WAL (journal mode " + mode + ")");
            }
            configure(s);
            return c;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof StoreException se ? se : new StoreException("cannot set up " + file + ": " + e.getMessage(), e);
        }
    }

    /** A connection that reads a database file and is refused every write. */
    static Connection openReader(Path file) {
        Connection c = open("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            configure(s);
            s.execute("PRAGMA query_only = ON");
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("cannot set up a reader for " + file + ": " + e.getMessage(), e);
        }
    }

    /** A private in-memory database (its one connection is reader and writer). */
    static Connection openMemory() {
        Connection c = open("jdbc:sqlite::memory:");
        try (Statement s = c.createStatement()) {
            configure(s);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("cannot set up an in-memory database: " + e.getMessage(), e);
        }
    }

    private static void configure(Statement s) throws SQLException {
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        s.execute("PRAGMA temp_store = MEMORY");
    }

    private static Connection open(String url) {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + url + ": " + e.getMessage(), e);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void createPrivately(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.notExists(file) && parent != null
                    && Files.getFileStore(parent).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (FileAlreadyExistsException e) {
            // another opener was first; fine
        } catch (IOException e) {
            throw new StoreException("cannot create the database file " + file + ": " + e.getMessage(), e);
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }
}
