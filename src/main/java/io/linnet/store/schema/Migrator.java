package io.linnet.store.schema;

import io.linnet.chat.store.SchemaVersionException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the code's schema version, kept in {@code PRAGMA user_version}: 0 (a new file)
 * runs every step, an older version the steps from there on, the current version nothing, and a newer
 * version is refused with a {@link SchemaVersionException}. All steps and the version bump happen in one
 * {@code BEGIN IMMEDIATE} transaction, so a failing step leaves the file as it was.
 */
public final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final List<Migration> ladder;

    /** A migrator for {@code ladder}, which must climb from version 0 one contiguous step at a time. */
    public Migrator(List<Migration> ladder) {
        int expected = 0;
        for (Migration m : ladder) {
            if (m.fromVersion() != expected || m.toVersion() <= m.fromVersion()) {
                throw new IllegalArgumentException("migration ladder is not contiguous at version " + expected
                        + ": " + m.description());
            }
            expected = m.toVersion();
        }
        this.ladder = List.copyOf(ladder);
    }

    /** The migrator of this build. */
    public static Migrator standard() {
        return new Migrator(Migrations.all());
    }

    /** The version the ladder ends at. */
    public int codeVersion() {
        return ladder.isEmpty() ? 0 : ladder.getLast().toVersion();
    }

    /**
     * Migrates the database behind {@code c} (which must be in auto-commit mode) and returns the version
     * it had before.
     */
    public int migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            boolean done = false;
            try {
                int found = userVersion(c);
                int target = codeVersion();
                if (found > target) {
                    throw new SchemaVersionException(found, target);
                }
                for (Migration m : ladder) {
                    if (m.fromVersion() >= found) {
                        LOG.info("Migrating the database from schema version {} to {}: {}", m.fromVersion(),
                                m.toVersion(), m.description());
                        m.apply(c);
                    }
                }
                if (found != target) {
                    // PRAGMA takes no bound parameters; the value is our own integer, not input.
                    s.execute("PRAGMA user_version = " + target);
                }
                s.execute("COMMIT");
                done = true;
                return found;
            } finally {
                if (!done) {
                    s.execute("ROLLBACK");
                }
            }
        }
    }

    /** The schema version recorded in the file. */
    public static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
