package io.linnet.store.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Version 1: the first schema. Addresses are stored without checksum, times as Unix milliseconds, enums
 * as their fixed codes. Columns holding sealed (AES-GCM) values are named in docs/storage.md.
 *
 * <p>The partial index {@code messages_unread} spells out the codes of {@code Direction.INCOMING} (0) and
 * {@code MessageState.RECEIVED} (5); queries that count unread messages must use the same literals to be
 * able to use it.
 */
final class V1InitialSchema implements Migration {

    static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE store_key (
                id          INTEGER PRIMARY KEY CHECK (id = 1),
                kdf         TEXT    NOT NULL,
                iterations  INTEGER NOT NULL,
                salt        BLOB    NOT NULL,
                wrapped_key BLOB    NOT NULL
            ) STRICT""",
            """
            CREATE TABLE identity (
                id          INTEGER PRIMARY KEY CHECK (id = 1),
                address     BLOB    NOT NULL,
                nickname    TEXT    NOT NULL,
                avatar      BLOB,
                device_id   BLOB    NOT NULL,
                wallet_file TEXT    NOT NULL
            ) STRICT""",
            """
            CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT, WITHOUT ROWID""",
            """
            CREATE TABLE contacts (
                id                       INTEGER PRIMARY KEY,
                address                  BLOB    NOT NULL UNIQUE,
                public_key               BLOB,
                nickname                 TEXT    NOT NULL,
                local_nickname           TEXT    NOT NULL,
                avatar                   BLOB,
                state                    INTEGER NOT NULL,
                handshake_status         INTEGER NOT NULL,
                pair_keys                BLOB,
                keys_generated_at        INTEGER,
                handshake_secrets        BLOB,
                capabilities             INTEGER NOT NULL,
                protocol_version         INTEGER NOT NULL,
                last_handshake_timestamp INTEGER NOT NULL,
                added_at                 INTEGER NOT NULL
            ) STRICT""",
            """
            CREATE TABLE chat_groups (
                id                          INTEGER PRIMARY KEY,
                address                     BLOB    NOT NULL UNIQUE,
                random_id                   BLOB    NOT NULL,
                owner                       BLOB    NOT NULL,
                name                        TEXT    NOT NULL,
                hide_participants           INTEGER NOT NULL,
                own_role                    INTEGER NOT NULL,
                last_create_group_timestamp INTEGER NOT NULL,
                muted                       INTEGER NOT NULL DEFAULT 0,
                avatar                      BLOB,
                created_at                  INTEGER NOT NULL
            ) STRICT""",
            """
            CREATE TABLE group_members (
                group_id     INTEGER NOT NULL REFERENCES chat_groups (id) ON DELETE CASCADE,
                address      BLOB    NOT NULL,
                position     INTEGER NOT NULL,
                real_address BLOB,
                nickname     TEXT    NOT NULL,
                role         INTEGER NOT NULL,
                status       INTEGER NOT NULL,
                PRIMARY KEY (group_id, address)
            ) STRICT, WITHOUT ROWID""",
            """
            CREATE INDEX group_members_by_real_address
                ON group_members (group_id, real_address) WHERE real_address IS NOT NULL""",
            """
            CREATE TABLE group_channels (
                group_id      INTEGER NOT NULL REFERENCES chat_groups (id) ON DELETE CASCADE,
                channel_index INTEGER NOT NULL,
                name          TEXT    NOT NULL,
                PRIMARY KEY (group_id, channel_index)
            ) STRICT, WITHOUT ROWID""",
            """
            CREATE TABLE conversations (
                id      INTEGER PRIMARY KEY,
                address BLOB NOT NULL UNIQUE
            ) STRICT""",
            """
            CREATE TABLE messages (
                seq             INTEGER PRIMARY KEY,
                conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
                message_id      BLOB    NOT NULL,
                channel         INTEGER NOT NULL,
                direction       INTEGER NOT NULL,
                author          BLOB,
                state           INTEGER NOT NULL,
                sent_at         INTEGER NOT NULL,
                received_at     INTEGER NOT NULL,
                edited_at       INTEGER,
                deleted_at      INTEGER,
                reply_to        BLOB,
                body            BLOB,
                UNIQUE (conversation_id, message_id)
            ) STRICT""",
            """
            CREATE INDEX messages_by_time ON messages (conversation_id, sent_at, seq)""",
            """
            CREATE INDEX messages_unread ON messages (conversation_id, sent_at, seq)
                WHERE direction = 0 AND state = 5""",
            """
            CREATE TABLE reactions (
                message_seq INTEGER NOT NULL REFERENCES messages (seq) ON DELETE CASCADE,
                sender      BLOB    NOT NULL,
                reaction    TEXT    NOT NULL,
                reacted_at  INTEGER NOT NULL,
                PRIMARY KEY (message_seq, sender)
            ) STRICT, WITHOUT ROWID""",
            """
            CREATE TABLE receipts (
                message_seq INTEGER NOT NULL REFERENCES messages (seq) ON DELETE CASCADE,
                recipient   BLOB    NOT NULL,
                kind        INTEGER NOT NULL,
                at          INTEGER NOT NULL,
                PRIMARY KEY (message_seq, recipient, kind)
            ) STRICT, WITHOUT ROWID""",
            """
            CREATE TABLE outbox (
                id              INTEGER PRIMARY KEY,
                recipient       BLOB    NOT NULL,
                stream_id       BLOB    NOT NULL,
                message_seq     INTEGER REFERENCES messages (seq) ON DELETE CASCADE,
                payload         BLOB    NOT NULL,
                state           INTEGER NOT NULL,
                attempts        INTEGER NOT NULL,
                created_at      INTEGER NOT NULL,
                last_attempt_at INTEGER,
                next_attempt_at INTEGER NOT NULL,
                expires_at      INTEGER NOT NULL,
                UNIQUE (recipient, stream_id)
            ) STRICT""",
            """
            CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id)""",
            """
            CREATE INDEX outbox_expiry ON outbox (state, expires_at)""",
            """
            CREATE INDEX outbox_by_message ON outbox (message_seq) WHERE message_seq IS NOT NULL""",
            """
            CREATE VIRTUAL TABLE message_search USING fts5 (
                tokens, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
            )""");

    @Override
    public int fromVersion() {
        return 0;
    }

    @Override
    public String description() {
        return "initial schema";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        Migration.executeAll(connection, STATEMENTS);
    }
}
