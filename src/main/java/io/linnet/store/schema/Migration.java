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
}
