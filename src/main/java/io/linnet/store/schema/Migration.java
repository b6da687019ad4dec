package io.linnet.store.schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the schema ladder: brings a database from {@link #fromVersion()} to {@link #toVersion()}.
 * Steps run inside the migrator's transaction and must not commit.
 */
public interface Migration {

    int fromVersion();

    default int toVersion() {
        return fromVersion() + 1;
    }

    /** What the step does, for the log. */
    String description();

    void apply(Connection connection) throws SQLException;

    /** Runs each statement in order: the body of a step that is plain DDL. */
    static void executeAll(Connection connection, java.util.List<String> statements) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            for (String ddl : statements) {
                s.execute(ddl);
            }
        }
    }
}
