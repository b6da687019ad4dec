package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static io.linnet.store.Fixtures.incoming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.MessageStore;
import io.linnet.chat.store.OutboxEntry;
import io.linnet.chat.store.StoreException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTest {
    private final Address alice = address(1);

    @Test
    void anExceptionRollsBackEveryRepositoryAndSkipsCallbacks() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            AtomicInteger callbacks = new AtomicInteger();
            IllegalStateException boom = assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> {
                tx.contacts().save(Contact.of(alice, ContactState.APPROVED, Fixtures.T0));
                tx.messages().insertOutgoing(Fixtures.outgoing(alice, 1, "hi", 0));
                tx.outbox().enqueue(alice, Fixtures.id(1), Fixtures.key(alice, 1), Bytes.utf8("p"), Fixtures.T0);
                tx.settings().put("k", "v");
                tx.afterCommit(callbacks::incrementAndGet);
                throw new IllegalStateException("boom");
            }));
            assertEquals("boom", boom.getMessage());
            assertEquals(0, callbacks.get());
            db.useTransaction(tx -> {
                assertTrue(tx.contacts().find(alice).isEmpty());
                assertTrue(tx.messages().find(Fixtures.key(alice, 1)).isEmpty());
                assertTrue(tx.outbox().due(Fixtures.at(1), 10).isEmpty());
                assertTrue(tx.settings().all().isEmpty());
                assertTrue(tx.conversations().summaries().isEmpty());
            });
        }
    }

    @Test
    void aFailingStatementRollsBackWhatCameBefore() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.useTransaction(tx -> tx.messages().insertOutgoing(Fixtures.outgoing(alice, 1, "first", 0)));
            assertThrows(StoreException.class, () -> db.useTransaction(tx -> {
                tx.messages().insertOutgoing(Fixtures.outgoing(alice, 2, "second", 1));
                tx.messages().insertOutgoing(Fixtures.outgoing(alice, 1, "duplicate id", 2));
            }));
            assertEquals(List.of("first"),
                    db.read(tx -> tx.messages().newestPage(alice, 10)).stream().map(m -> m.body()).toList());
        }
    }

    @Test
    void callbacksRunOnceAfterCommitInOrderAndSeeCommittedData(@TempDir Path dir) {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("t.db"), Fixtures.rawKey())) {
            List<String> seen = new ArrayList<>();
            String result = db.inTransaction(tx -> {
                tx.messages().insertIncomingIfNew(incoming(alice, 1, "visible after commit", 0));
                tx.afterCommit(() -> seen.add("first:" + db.read(r -> r.messages().newestPage(alice, 1)).getFirst().body()));
                tx.afterCommit(() -> seen.add("second"));
                seen.add("work");
                return "result";
            });
            assertEquals("result", result);
            assertEquals(List.of("work", "first:visible after commit", "second"), seen);
        }
    }

    @Test
    void aThrowingCallbackDoesNotUndoTheCommitNorStopTheOthers() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            AtomicInteger ran = new AtomicInteger();
            db.useTransaction(tx -> {
                tx.settings().put("k", "v");
                tx.afterCommit(() -> {
                    throw new IllegalStateException("listener bug");
                });
                tx.afterCommit(ran::incrementAndGet);
            });
            assertEquals(1, ran.get());
            assertEquals("v", db.read(tx -> tx.settings().get("k", "?")));
        }
    }

    @Test
    void readTransactionsRefuseWrites() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> db.read(tx -> tx.messages().insertIncomingIfNew(incoming(alice, 1, "x", 0))));
            assertTrue(e.getMessage().contains("read transaction"), e.getMessage());
            boolean reading = db.read(tx -> tx.readOnly());
            boolean writing = db.inTransaction(tx -> tx.readOnly());
            assertTrue(reading);
            assertFalse(writing);
        }
    }

    @Test
    void transactionsDoNotNestAndRepositoriesDieWithTheirTransaction() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> db.read(r -> 1)));
            assertThrows(IllegalStateException.class, () -> db.read(tx -> db.inTransaction(w -> 1)));
            MessageStore leaked = db.inTransaction(tx -> tx.messages());
            assertThrows(IllegalStateException.class, () -> leaked.newestPage(alice, 1));
            // the database is still usable afterwards
            db.useTransaction(tx -> tx.settings().put("still", "works"));
        }
    }

    @Test
    void fullDurabilityCommitsLikeAnyOther(@TempDir Path dir) {
        Path file = dir.resolve("d.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            OutboxEntry e = db.inTransaction(Durability.FULL, tx -> {
                tx.messages().insertOutgoing(Fixtures.outgoing(alice, 1, "durable", 0));
                return tx.outbox().enqueue(alice, Fixtures.id(1), Fixtures.key(alice, 1), Bytes.utf8("p"), Fixtures.T0);
            });
            assertEquals(1, db.read(tx -> tx.outbox().due(Fixtures.T0, 5)).size());
            assertEquals(e, db.read(tx -> tx.outbox().find(e.id()).orElseThrow()));
            db.useTransaction(tx -> tx.settings().put("after", "full"));
        }
    }

    @Test
    void writersTakeTurnsWhileReadersReadCommittedSnapshots(@TempDir Path dir) throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("c.db"), Fixtures.rawKey())) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> jobs = new ArrayList<>();
                for (int w = 0; w < 3; w++) {
                    int writer = w;
                    jobs.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < 50; i++) {
                            long n = writer * 1000L + i;
                            db.useTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(alice, n, "m" + n, n)));
                        }
                        return null;
                    }));
                }
                jobs.add(pool.submit(() -> {
                    start.await();
                    int last = 0;
                    for (int i = 0; i < 100; i++) {
                        int now = db.read(tx -> tx.conversations().unreadCount(alice));
                        assertTrue(now >= last, "a reader saw the count go back");
                        last = now;
                    }
                    return null;
                }));
                start.countDown();
                for (Future<?> f : jobs) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            int unread = db.read(tx -> tx.conversations().unreadCount(alice));
            assertEquals(150, unread);
        }
    }

    @Test
    void aClosedDatabaseRefusesWork() {
        SqliteDatabase db = SqliteDatabase.inMemory();
        db.close();
        db.close();
        assertThrows(IllegalStateException.class, () -> db.read(tx -> 1));
        assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> { }));
    }
}
