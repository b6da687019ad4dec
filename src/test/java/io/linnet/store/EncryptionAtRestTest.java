package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static io.linnet.store.Fixtures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactKeys;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.DatabaseKey;
import io.linnet.chat.store.StoreException;
import io.linnet.chat.store.WrongKeyException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionAtRestTest {
    private static final String SECRET_TEXT = "ZebraQuokkaSecretPhrase";
    private static final String EDITED_TEXT = "PangolinEditedSentence";
    private static final String PAYLOAD_TEXT = "OcelotOutboxPayload";
    private static final byte[] PAIR_KEY = "KeyMaterialThatMustNotLeak!!1234".getBytes(StandardCharsets.US_ASCII);
    private final Address alice = address(1);

    @TempDir
    Path dir;

    private Path fill(DatabaseKey key) {
        Path file = dir.resolve("secret.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, key)) {
            db.useTransaction(tx -> {
                tx.contacts().save(Contact.of(alice, ContactState.APPROVED, Fixtures.T0)
                        .withKeys(new ContactKeys(Bytes.of(PAIR_KEY), Bytes.of(PAIR_KEY), Fixtures.T0)));
                tx.messages().insertIncomingIfNew(Fixtures.incoming(alice, 1, "hello " + SECRET_TEXT + " bye", 1));
                tx.messages().insertOutgoing(Fixtures.outgoing(alice, 2, "draft", 2));
                tx.messages().edit(key(alice, 2), EDITED_TEXT, Fixtures.at(3));
                tx.outbox().enqueue(alice, Fixtures.id(2), key(alice, 2), Bytes.utf8(PAYLOAD_TEXT), Fixtures.T0);
            });
        }
        return file;
    }

    @Test
    void bodiesPayloadsAndPairKeysAppearNowhereInTheFile() throws Exception {
        Path file = fill(Fixtures.rawKey());
        List<String> needles = List.of(SECRET_TEXT, EDITED_TEXT, PAYLOAD_TEXT, new String(PAIR_KEY, StandardCharsets.US_ASCII),
                SECRET_TEXT.toLowerCase(), EDITED_TEXT.toLowerCase());
        for (Path f : filesOf(file)) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String n : needles) {
                assertFalse(bytes.contains(n), n + " found in the bytes of " + f.getFileName());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> cells = everyCell(c);
            assertTrue(cells.size() > 20, "the scan read the tables");
            for (String cell : cells) {
                for (String n : needles) {
                    assertFalse(cell.contains(n), n + " found in a column: " + cell);
                }
            }
        }
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            assertEquals("hello " + SECRET_TEXT + " bye", db.read(tx -> tx.messages().find(key(alice, 1))).orElseThrow().body());
            assertEquals(1, db.read(tx -> tx.search().search(SECRET_TEXT, 5)).size(), "search still works");
            assertEquals(Bytes.of(PAIR_KEY), db.read(tx -> tx.contacts().find(alice)).orElseThrow().keys().aesKey());
            assertEquals(Bytes.utf8(PAYLOAD_TEXT), db.read(tx -> tx.outbox().pendingFor(alice)).getFirst().payload());
        }
    }

    @Test
    void theWrongKeyIsRefusedClearly() {
        Path file = fill(DatabaseKey.password("correct horse"));
        WrongKeyException wrong = assertThrows(WrongKeyException.class,
                () -> SqliteDatabase.open(file, DatabaseKey.password("battery staple")));
        assertTrue(wrong.getMessage().contains("wrong password"), wrong.getMessage());
        WrongKeyException kind = assertThrows(WrongKeyException.class, () -> SqliteDatabase.open(file, Fixtures.rawKey()));
        assertTrue(kind.getMessage().contains("locked with a password"), kind.getMessage());
        try (SqliteDatabase db = SqliteDatabase.open(file, DatabaseKey.password("correct horse"))) {
            assertEquals(EDITED_TEXT, db.read(tx -> tx.messages().find(key(alice, 2))).orElseThrow().body());
        }
        Path raw = dir.resolve("raw.db");
        SqliteDatabase.open(raw, Fixtures.rawKey()).close();
        assertThrows(WrongKeyException.class, () -> SqliteDatabase.open(raw, DatabaseKey.random()));
    }

    @Test
    void changingThePasswordRewrapsTheDataKeyAndKeepsTheMessages() throws Exception {
        Path file = fill(DatabaseKey.password("old"));
        byte[] before = messageBodies(file);
        try (SqliteDatabase db = SqliteDatabase.open(file, DatabaseKey.password("old"))) {
            db.changeKey(DatabaseKey.password(""));
        }
        assertTrue(java.util.Arrays.equals(before, messageBodies(file)), "bodies were not re-encrypted");
        assertThrows(WrongKeyException.class, () -> SqliteDatabase.open(file, DatabaseKey.password("old")));
        try (SqliteDatabase db = SqliteDatabase.open(file, DatabaseKey.password(""))) {
            assertEquals("hello " + SECRET_TEXT + " bye", db.read(tx -> tx.messages().find(key(alice, 1))).orElseThrow().body());
            db.changeKey(Fixtures.rawKey());
        }
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            assertEquals(2, db.read(tx -> tx.messages().newestPage(alice, 5)).size());
        }
    }

    @Test
    void aBodyMovedToAnotherRowDoesNotDecrypt() throws Exception {
        Path file = fill(Fixtures.rawKey());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE messages SET body = (SELECT body FROM messages WHERE seq = 1) WHERE seq = 2");
        }
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            StoreException e = assertThrows(StoreException.class, () -> db.read(tx -> tx.messages().find(key(alice, 2))));
            assertTrue(e.getMessage().contains("failed authentication"), e.getMessage());
            assertEquals("hello " + SECRET_TEXT + " bye", db.read(tx -> tx.messages().find(key(alice, 1))).orElseThrow().body());
        }
    }

    @Test
    void theFileIsPrivateToItsOwner() throws IOException {
        Path file = fill(Fixtures.rawKey());
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(file));
        }
    }

    private static List<Path> filesOf(Path db) {
        List<Path> out = new ArrayList<>(List.of(db));
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            Path p = db.resolveSibling(db.getFileName() + suffix);
            if (Files.exists(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Every value of every table (FTS shadow tables included), as text and as raw bytes. */
    static List<String> everyCell(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        List<String> cells = new ArrayList<>();
        for (String t : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        byte[] b = rs.getBytes(i);
                        cells.add(b == null ? "" : new String(b, StandardCharsets.ISO_8859_1));
                        cells.add(String.valueOf(rs.getString(i)));
                    }
                }
            }
        }
        return cells;
    }

    private static byte[] messageBodies(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT group_concat(hex(body), ',') FROM (SELECT body FROM messages ORDER BY seq)")) {
            return rs.next() ? rs.getString(1).getBytes(StandardCharsets.US_ASCII) : new byte[0];
        }
    }
}
