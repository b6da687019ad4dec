package io.linnet.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process mid-way ({@code destroyForcibly}, i.e. SIGKILL) and checks that the database it
 * leaves is intact, holds every batch the child reported committed, and holds no partial batch.
 */
class CrashSafetyTest {
    private static final int KILL_AFTER_BATCHES = 40;

    @Test
    void aKilledWriterLeavesAnIntactDatabaseWithWholeTransactionsOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crash.db");
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xshare:off",
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), file.toString())
                .redirectError(log.toFile())
                .start();
        int lastReported = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String line;
            while (lastReported < KILL_AFTER_BATCHES && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastReported = Integer.parseInt(line.substring("committed ".length()));
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        }
        assertTrue(lastReported >= KILL_AFTER_BATCHES, "the child wrote too little before the deadline; its log: "
                + (Files.exists(log) ? Files.readString(log) : "none"));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(List.of("ok"), column(c, "PRAGMA integrity_check"));
            assertEquals(List.of(), column(c, "PRAGMA foreign_key_check"));
            long messages = count(c, "SELECT count(*) FROM messages");
            assertEquals(0, messages % CrashWriter.BATCH, "whole batches only, found " + messages + " messages");
            long batches = messages / CrashWriter.BATCH;
            assertTrue(batches >= lastReported + 1, "every reported commit is there: " + batches + " batches, reported "
                    + (lastReported + 1));
            assertTrue(batches <= lastReported + 2, "at most the one commit that was not yet reported");
            assertEquals(messages, count(c, "SELECT count(*) FROM outbox"));
            assertEquals(messages, count(c, "SELECT count(*) FROM reactions"));
            assertEquals(messages - 1, count(c, "SELECT max(seq) - min(seq) FROM messages"), "no gaps");
        }
        int reported = lastReported;
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            for (int i = 0; i < CrashWriter.BATCH; i++) {
                long n = (long) reported * CrashWriter.BATCH + i;
                var key = Fixtures.key(Fixtures.address(1 + (int) (n % 3)), n);
                String body = db.read(tx -> tx.messages().find(key)).orElseThrow().body();
                assertTrue(body.startsWith("batch " + reported + " message " + n + " "), body);
            }
            long n = (long) reported * CrashWriter.BATCH;
            assertEquals(1, db.read(tx -> tx.search().search("batch " + reported + " message " + n, 5)).stream()
                    .filter(h -> h.message().key().messageId().equals(Fixtures.id(n))).count());
            db.useTransaction(tx -> tx.settings().put("after", "crash"));
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
