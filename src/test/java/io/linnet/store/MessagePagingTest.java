package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.PageCursor;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagePagingTest {
    private final Address alice = address(1);
    private final Address bob = address(2);

    /**
     * 307 messages whose times come in runs of equal values and arrive out of order, interleaved with
     * another conversation: walking older pages must give exactly the (sentAt, seq) order, once each.
     */
    @Test
    void keysetPagesWalkTheWholeHistoryAcrossEqualTimestamps() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            SplittableRandom random = new SplittableRandom(7);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < 307; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new java.util.Random(3));
            db.useTransaction(tx -> {
                for (int i : order) {
                    long second = i / 7;  // runs of 7 equal timestamps
                    tx.messages().insertIncomingIfNew(Fixtures.incoming(alice, i, "a" + i, second));
                    if (random.nextInt(3) == 0) {
                        tx.messages().insertIncomingIfNew(Fixtures.incoming(bob, i, "b" + i, second));
                    }
                }
            });
            List<StoredMessage> expected = new ArrayList<>(db.read(tx -> tx.messages().newestPage(alice, 1000)));
            assertEquals(307, expected.size());
            List<StoredMessage> sorted = new ArrayList<>(expected);
            sorted.sort(Comparator.comparing(StoredMessage::sentAt).thenComparingLong(StoredMessage::seq).reversed());
            assertEquals(sorted, expected, "newest page order is (sentAt, seq) descending");

            for (int pageSize : new int[] {1, 6, 7, 20, 306, 307, 400}) {
                List<StoredMessage> walked = new ArrayList<>(db.read(tx -> tx.messages().newestPage(alice, pageSize)));
                while (true) {
                    PageCursor cursor = walked.getLast().cursor();
                    List<StoredMessage> page = db.read(tx -> tx.messages().olderPage(alice, cursor, pageSize));
                    if (page.isEmpty()) {
                        break;
                    }
                    assertTrue(page.size() <= pageSize);
                    walked.addAll(page);
                }
                assertEquals(expected, walked, "older pages of " + pageSize);

                List<StoredMessage> back = new ArrayList<>(List.of(expected.getLast()));
                while (true) {
                    PageCursor cursor = back.getLast().cursor();
                    List<StoredMessage> page = db.read(tx -> tx.messages().newerPage(alice, cursor, pageSize));
                    if (page.isEmpty()) {
                        break;
                    }
                    back.addAll(page);
                }
                assertEquals(expected.reversed(), back, "newer pages of " + pageSize);
            }
            assertTrue(expected.stream().allMatch(m -> m.key().conversation().equals(alice)));
        }
    }

    @Test
    void pageQueriesUseTheConversationIndexWithoutSorting(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("plan.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            db.useTransaction(tx -> tx.messages().insertIncomingIfNew(
                    NewMessage.incoming(Fixtures.key(alice, 1), null, "x", Fixtures.T0, Fixtures.T0)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String sql : List.of(SqliteMessageStore.NEWEST, SqliteMessageStore.OLDER, SqliteMessageStore.NEWER)) {
                String plan = plan(c, sql);
                assertTrue(plan.contains("USING INDEX messages_by_time"), plan);
                assertTrue(!plan.contains("TEMP B-TREE"), "no sort step: " + plan);
            }
            String unread = plan(c, SqliteConversationStore.UNREAD);
            assertTrue(unread.contains("messages_unread"), unread);
            String search = plan(c, SqliteMessageSearch.SEARCH);
            assertTrue(search.contains("VIRTUAL TABLE INDEX") && !search.contains("TEMP B-TREE"), search);
        }
    }

    static String plan(Connection c, String sql) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                b.append(rs.getString(4)).append('\n');
            }
        }
        return b.toString();
    }
}
