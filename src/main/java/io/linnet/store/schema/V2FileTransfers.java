package io.linnet.store.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Version 2: file transfers. One row per file sent or received, tied to the history message that shows it;
 * {@code name}, {@code path}, {@code sha256} and {@code preview} are sealed. {@code file_deliveries} keeps,
 * for an outgoing file, how far each receiver has come.
 */
final class V2FileTransfers implements Migration {

    static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE file_transfers (
                id          INTEGER PRIMARY KEY,
                message_seq INTEGER NOT NULL UNIQUE REFERENCES messages (seq) ON DELETE CASCADE,
                direction   INTEGER NOT NULL,
                peer        BLOB    NOT NULL,
                uid         BLOB    NOT NULL,
                name        BLOB    NOT NULL,
                size        INTEGER NOT NULL,
                media_type  TEXT    NOT NULL,
                packet_size INTEGER NOT NULL,
                next_packet INTEGER NOT NULL,
                state       INTEGER NOT NULL,
                sha256      BLOB,
                verified    INTEGER NOT NULL,
                relay       INTEGER NOT NULL,
                path        BLOB,
                preview     BLOB,
                error       TEXT    NOT NULL,
                created_at  INTEGER NOT NULL,
                updated_at  INTEGER NOT NULL,
                UNIQUE (direction, peer, uid)
            ) STRICT""",
            """
            CREATE INDEX file_transfers_by_uid ON file_transfers (uid)""",
            """
            CREATE INDEX file_transfers_by_state ON file_transfers (state)""",
            """
            CREATE INDEX file_transfers_relayed ON file_transfers (uid) WHERE relay = 1""",
            """
            CREATE TABLE file_deliveries (
                transfer_id INTEGER NOT NULL REFERENCES file_transfers (id) ON DELETE CASCADE,
                peer        BLOB    NOT NULL,
                next_packet INTEGER NOT NULL,
                state       INTEGER NOT NULL,
                first_at    INTEGER NOT NULL,
                updated_at  INTEGER NOT NULL,
                PRIMARY KEY (transfer_id, peer)
            ) STRICT, WITHOUT ROWID""");

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public String description() {
        return "file transfers";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        Migration.executeAll(connection, STATEMENTS);
    }
}
