package io.linnet.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.SchemaVersionException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration ladder on bare connections; see StoreMigrationTest for whole databases. */
class MigratorTest {

    static Connection memory() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    /** The schema as SQLite records it, for comparing two databases. */
    static List<String> schema(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
            }
        }
        return out;
    }

    @Test
    void everyOldVersionClimbsToTheSameSchemaAsANewDatabase() throws SQLException {
        List<String> fresh;
        try (Connection c = memory()) {
            assertEquals(0, Migrator.standard().migrate(c));
            assertEquals(Migrations.codeVersion(), Migrator.userVersion(c));
            fresh = schema(c);
        }
        assertTrue(fresh.stream().anyMatch(s -> s.startsWith("table messages")));
        List<Migration> ladder = Migrations.all();
        for (int version = 0; version < Migrations.codeVersion(); version++) {
            try (Connection c = memory()) {
                new Migrator(ladder.subList(0, version)).migrate(c);
                assertEquals(version, Migrator.userVersion(c));
                assertEquals(version, Migrator.standard().migrate(c), "reports the version it found");
                assertEquals(Migrations.codeVersion(), Migrator.userVersion(c));
                assertEquals(fresh, schema(c), "migrated from version " + version);
            }
        }
    }

    @Test
    void theCurrentVersionIsLeftAlone() throws SQLException {
        try (Connection c = memory()) {
            Migrator.standard().migrate(c);
            List<String> before = schema(c);
            assertEquals(Migrations.codeVersion(), Migrator.standard().migrate(c));
            assertEquals(before, schema(c));
        }
    }

    @Test
    void aNewerVersionIsRefusedAndLeftUntouched() throws SQLException {
        try (Connection c = memory(); Statement s = c.createStatement()) {
            int newer = Migrations.codeVersion() + 1;
            s.execute("PRAGMA user_version = " + newer);
            SchemaVersionException e = assertThrows(SchemaVersionException.class, () -> Migrator.standard().migrate(c));
            assertEquals(newer, e.fileVersion());
            assertEquals(Migrations.codeVersion(), e.codeVersion());
            assertTrue(e.getMessage().contains("newer Linnet"), e.getMessage());
            assertEquals(newer, Migrator.userVersion(c));
            assertTrue(schema(c).isEmpty());
        }
    }

    @Test
    void aFailingStepRollsBackEveryStepBeforeIt() throws SQLException {
        Migration breaks = new Migration() {
            @Override
            public int fromVersion() {
                return 1;
            }

            @Override
            public String description() {
                return "creates a table, then fails";
            }

            @Override
            public void apply(Connection connection) throws SQLException {
                try (Statement s = connection.createStatement()) {
                    s.execute("CREATE TABLE half_done (x INTEGER)");
                    s.execute("THIS IS NOT SQL");
                }
            }
        };
        try (Connection c = memory()) {
            assertThrows(SQLException.class, () -> new Migrator(List.of(new V1InitialSchema(), breaks)).migrate(c));
            assertEquals(0, Migrator.userVersion(c));
            assertTrue(schema(c).isEmpty(), "not even version 1 was kept");
            assertTrue(c.getAutoCommit(), "the connection is back in auto-commit mode");
            Migrator.standard().migrate(c);
            assertEquals(Migrations.codeVersion(), Migrator.userVersion(c));
        }
    }

    @Test
    void version1HistoryKeepsItsRowsWhenTheFileTransferTablesArrive() throws SQLException {
        try (Connection c = memory(); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            new Migrator(List.of(new V1InitialSchema())).migrate(c);
            s.execute("INSERT INTO conversations (id, address) VALUES (1, x'01')");
            s.execute("""
                    INSERT INTO messages (seq, conversation_id, message_id, channel, direction, state, sent_at, received_at, body)
                    VALUES (7, 1, x'0102', 0, 0, 5, 1000, 1000, x'00')""");
            assertEquals(1, Migrator.standard().migrate(c));
            assertEquals(2, Migrator.userVersion(c));
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM messages")) {
                assertEquals(1, rs.getInt(1));
            }
            s.execute("""
                    INSERT INTO file_transfers (message_seq, direction, peer, uid, name, size, media_type, packet_size,
                        next_packet, state, verified, relay, error, created_at, updated_at)
                    VALUES (7, 0, x'01', x'00', x'00', 1, 'text/plain', 102400, 0, 0, 0, 0, '', 1, 1)""");
            s.execute("DELETE FROM messages WHERE seq = 7");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM file_transfers")) {
                assertEquals(0, rs.getInt(1), "a transfer goes with its message");
            }
        }
    }

    @Test
    void aLadderWithGapsIsRejected() {
        Migration fromTwo = new Migration() {
            @Override
            public int fromVersion() {
                return 2;
            }

            @Override
            public String description() {
                return "gap";
            }

            @Override
            public void apply(Connection connection) {
            }
        };
        assertThrows(IllegalArgumentException.class, () -> new Migrator(List.of(new V1InitialSchema(), fromTwo)));
        assertThrows(IllegalArgumentException.class, () -> new Migrator(List.of(fromTwo)));
    }
}
