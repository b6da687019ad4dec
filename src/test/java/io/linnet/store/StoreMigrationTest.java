package io.linnet.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.SchemaVersionException;
import io.linnet.store.schema.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema versions as seen through {@link SqliteDatabase#open}. */
class StoreMigrationTest {

    @Test
    void aFileFromANewerLinnetIsRefusedWithAClearMessageAndNotModified(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("future.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            db.useTransaction(tx -> tx.settings().put("written", "by today's Linnet"));
        }
        int future = Migrations.codeVersion() + 5;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + future);
        }
        byte[] before = Files.readAllBytes(file);
        SchemaVersionException e = assertThrows(SchemaVersionException.class,
                () -> SqliteDatabase.open(file, Fixtures.rawKey()));
        assertEquals("the database has schema version " + future + " but this Linnet knows versions up to "
                + Migrations.codeVersion() + ": it was written by a newer Linnet; update Linnet to open it", e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is untouched");
        assertEquals(future, userVersion(file));
    }

    @Test
    void aNewFileIsCreatedAtTheCodeVersionInWalMode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/dirs/new.db");
        SqliteDatabase.open(file, Fixtures.rawKey()).close();
        assertEquals(Migrations.codeVersion(), userVersion(file));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
    }

    static int userVersion(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
