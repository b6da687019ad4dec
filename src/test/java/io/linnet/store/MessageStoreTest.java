package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static io.linnet.store.Fixtures.at;
import static io.linnet.store.Fixtures.incoming;
import static io.linnet.store.Fixtures.key;
import static io.linnet.store.Fixtures.outgoing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.StoreException;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageStoreTest {
    private final SqliteDatabase db = SqliteDatabase.inMemory();
    private final Address alice = address(1);
    private final Address bob = address(2);
    private final Address group = address(10);

    @AfterEach
    void close() {
        db.close();
    }

    private StoredMessage get(MessageKey k) {
        return db.read(tx -> tx.messages().find(k)).orElseThrow();
    }

    @Test
    void storesOutgoingAndIncomingWithEveryField() {
        StoredMessage out = db.inTransaction(tx -> tx.messages().insertOutgoing(outgoing(alice, 1, "hello Alice", 10)));
        assertEquals(key(alice, 1), out.key());
        assertEquals(Direction.OUTGOING, out.direction());
        assertEquals(MessageState.SENDING, out.state());
        assertEquals(at(10), out.sentAt());
        assertNull(out.author());
        assertFalse(out.edited());
        assertFalse(out.deleted());
        assertEquals(out, get(key(alice, 1)));

        NewMessage reply = new NewMessage(key(group, 2), 3, Direction.INCOMING, bob, MessageState.RECEIVED, at(20), at(21),
                Fixtures.id(1), "quoting you");
        assertTrue(db.<Boolean>inTransaction(tx -> tx.messages().insertIncomingIfNew(reply)));
        StoredMessage back = get(key(group, 2));
        assertEquals(bob, back.author());
        assertEquals(3, back.channel());
        assertEquals(at(21), back.receivedAt());
        assertEquals(Fixtures.id(1), back.replyTo());
        assertEquals("quoting you", back.body());
        assertTrue(db.read(tx -> tx.messages().find(key(group, 99))).isEmpty());
    }

    @Test
    void anOutgoingIdTakenTwiceIsAnError() {
        db.useTransaction(tx -> tx.messages().insertOutgoing(outgoing(alice, 1, "a", 0)));
        StoreException e = assertThrows(StoreException.class,
                () -> db.useTransaction(tx -> tx.messages().insertOutgoing(outgoing(alice, 1, "b", 1))));
        assertTrue(e.getMessage().contains("already stored"), e.getMessage());
        assertEquals("a", get(key(alice, 1)).body());
    }

    @Test
    void incomingMessagesAreDeduplicatedForEverNotWithinAWindow() {
        assertTrue(db.<Boolean>inTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(alice, 1, "original", 0))));
        db.useTransaction(tx -> {
            for (int i = 2; i <= 1001; i++) {
                tx.messages().insertIncomingIfNew(incoming(alice, i, "filler " + i, i));
            }
        });
        assertFalse(db.<Boolean>inTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(alice, 1, "replayed", 5000))));
        assertEquals("original", get(key(alice, 1)).body());
        assertEquals(1001, db.<Integer>read(tx -> tx.conversations().unreadCount(alice)));

        // a tombstone still remembers its id
        db.useTransaction(tx -> tx.messages().deleteForEveryone(key(alice, 1), at(6000)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(alice, 1, "again", 7000))));
        assertTrue(get(key(alice, 1)).deleted());

        // the same id in another conversation is another message
        assertTrue(db.<Boolean>inTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(bob, 1, "bob's", 0))));
    }

    @Test
    void deduplicationSurvivesReopening(@TempDir Path dir) {
        Path file = dir.resolve("dedup.db");
        try (SqliteDatabase d = SqliteDatabase.open(file, Fixtures.rawKey())) {
            assertTrue(d.<Boolean>inTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(alice, 1, "once", 0))));
        }
        try (SqliteDatabase d = SqliteDatabase.open(file, Fixtures.rawKey())) {
            assertFalse(d.<Boolean>inTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(alice, 1, "twice", 9))));
            assertEquals(1, d.read(tx -> tx.messages().newestPage(alice, 10)).size());
        }
    }

    @Test
    void statesOnlyMoveForward() {
        MessageKey k = key(alice, 1);
        db.useTransaction(tx -> tx.messages().insertOutgoing(outgoing(alice, 1, "x", 0)));
        assertTrue(advance(k, MessageState.SENT));
        assertTrue(advance(k, MessageState.READ), "read may come before delivered");
        assertFalse(advance(k, MessageState.DELIVERED), "a late delivered does not undo read");
        assertFalse(advance(k, MessageState.FAILED), "a read message cannot fail");
        assertFalse(advance(k, MessageState.RECEIVED));
        assertEquals(MessageState.READ, get(k).state());

        MessageKey f = key(alice, 2);
        db.useTransaction(tx -> tx.messages().insertOutgoing(outgoing(alice, 2, "y", 1)));
        assertTrue(advance(f, MessageState.FAILED));
        assertTrue(advance(f, MessageState.DELIVERED), "a receipt rescues a failed message");
        assertFalse(advance(key(alice, 99), MessageState.SENT), "unknown message");

        MessageKey in = key(bob, 3);
        db.useTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(bob, 3, "z", 2)));
        assertFalse(advance(in, MessageState.SENDING));
        assertTrue(advance(in, MessageState.READ));
    }

    private boolean advance(MessageKey k, MessageState s) {
        return db.inTransaction(tx -> tx.messages().advanceState(k, s));
    }

    @Test
    void editsKeepIdAndPositionAndIgnoreStaleEdits() {
        MessageKey k = key(alice, 1);
        db.useTransaction(tx -> {
            tx.messages().insertOutgoing(outgoing(alice, 1, "teh typo", 10));
            tx.messages().insertOutgoing(outgoing(alice, 2, "later", 20));
        });
        assertTrue(edit(k, "the typo", at(30)));
        StoredMessage edited = get(k);
        assertEquals("the typo", edited.body());
        assertTrue(edited.edited());
        assertEquals(at(30), edited.editedAt());
        assertEquals(at(10), edited.sentAt(), "position is kept");
        assertFalse(edit(k, "an older edit", at(25)));
        assertFalse(edit(k, "the same edit again", at(30)));
        assertTrue(edit(k, "newest", at(31)));
        assertEquals("newest", get(k).body());
        assertFalse(edit(key(alice, 9), "unknown", at(40)));
        assertEquals(key(alice, 2), db.read(tx -> tx.messages().newestPage(alice, 1)).getFirst().key());
    }

    private boolean edit(MessageKey k, String body, java.time.Instant when) {
        return db.inTransaction(tx -> tx.messages().edit(k, body, when));
    }

    @Test
    void deleteForEveryoneLeavesATombstoneWithoutBodyOrReactions() {
        MessageKey k = key(alice, 1);
        db.useTransaction(tx -> {
            tx.messages().insertIncomingIfNew(incoming(alice, 1, "regrettable", 10));
            tx.reactions().react(k, bob, "👍", at(11));
        });
        assertTrue(db.<Boolean>inTransaction(tx -> tx.messages().deleteForEveryone(k, at(12))));
        StoredMessage t = get(k);
        assertTrue(t.deleted());
        assertEquals(at(12), t.deletedAt());
        assertEquals("", t.body());
        assertTrue(db.read(tx -> tx.reactions().reactions(k)).isEmpty());
        assertFalse(db.<Boolean>inTransaction(tx -> tx.messages().deleteForEveryone(k, at(13))), "already deleted");
        assertFalse(edit(k, "resurrected", at(14)), "a tombstone cannot be edited");
        assertFalse(db.<Boolean>inTransaction(tx -> tx.reactions().react(k, bob, "😮", at(15))), "nor reacted to");
        assertEquals(1, db.read(tx -> tx.messages().newestPage(alice, 5)).size(), "the row stays in the history");
    }

    @Test
    void emptyConversationsGiveEmptyPages() {
        assertTrue(db.read(tx -> tx.messages().newestPage(alice, 10)).isEmpty());
        assertTrue(db.read(tx -> tx.messages().olderPage(alice, new io.linnet.chat.store.PageCursor(at(0), 1), 10)).isEmpty());
        db.useTransaction(tx -> tx.messages().insertOutgoing(outgoing(alice, 1, "x", 0)));
        assertTrue(db.read(tx -> tx.messages().newestPage(alice, 0)).isEmpty());
        assertEquals(Bytes.EMPTY, get(key(alice, 1)).replyTo());
    }
}
