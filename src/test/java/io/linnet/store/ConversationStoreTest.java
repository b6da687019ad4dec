package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static io.linnet.store.Fixtures.at;
import static io.linnet.store.Fixtures.incoming;
import static io.linnet.store.Fixtures.key;
import static io.linnet.store.Fixtures.outgoing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.ConversationKind;
import io.linnet.chat.store.ConversationSummary;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.PageCursor;
import io.linnet.chat.store.Receipt;
import io.linnet.chat.store.ReceiptKind;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConversationStoreTest {
    private final SqliteDatabase db = SqliteDatabase.inMemory();
    private final Address alice = address(1);
    private final Address bob = address(2);
    private final Address group = address(10);
    private final Address stranger = address(11);

    @AfterEach
    void close() {
        db.close();
    }

    private void populate() {
        db.useTransaction(tx -> {
            tx.contacts().save(Contact.of(alice, ContactState.APPROVED, at(0)).withNickname("Alice").withLocalNickname("Ally"));
            tx.contacts().save(Contact.of(bob, ContactState.APPROVED, at(0)).withNickname("Bob"));
            tx.groups().save(new Group(group, Bytes.of(new byte[16]), alice, "Hikers", false, GroupRole.MEMBER, 0, true,
                    Bytes.EMPTY, at(0)));
            tx.messages().insertIncomingIfNew(incoming(alice, 1, "a1", 10));
            tx.messages().insertIncomingIfNew(incoming(alice, 2, "a2", 11));
            tx.messages().insertOutgoing(outgoing(alice, 3, "a3 mine", 12));
            tx.messages().insertIncomingIfNew(incoming(bob, 1, "b1", 30));
            tx.messages().insertIncomingIfNew(incoming(group, 1, "g1", 20));
            tx.messages().insertIncomingIfNew(incoming(stranger, 1, "s1", 5));
        });
    }

    @Test
    void summariesListConversationsMostRecentFirstWithTitlesKindsAndUnreadCounts() {
        populate();
        List<ConversationSummary> list = db.read(tx -> tx.conversations().summaries());
        assertEquals(List.of(bob, group, alice, stranger), list.stream().map(ConversationSummary::conversation).toList());
        ConversationSummary b = list.get(0);
        ConversationSummary g = list.get(1);
        ConversationSummary a = list.get(2);
        ConversationSummary s = list.get(3);
        assertEquals(ConversationKind.DIRECT, b.kind());
        assertEquals("Bob", b.title());
        assertEquals(ConversationKind.GROUP, g.kind());
        assertEquals("Hikers", g.title());
        assertTrue(g.muted());
        assertEquals("Ally", a.title(), "the local nickname wins");
        assertEquals("a3 mine", a.lastMessage().body());
        assertEquals(2, a.unreadCount(), "our own message is not unread");
        assertEquals(ConversationKind.ORPHANED, s.kind());
        assertEquals("", s.title());
        assertFalse(a.muted());
    }

    @Test
    void unreadCountsAndReadMarkers() {
        populate();
        assertEquals(2, db.<Integer>read(tx -> tx.conversations().unreadCount(alice)));
        assertEquals(5, db.<Integer>read(tx -> tx.conversations().totalUnread()));
        assertEquals(0, db.<Integer>read(tx -> tx.conversations().unreadCount(address(99))));

        PageCursor first = db.read(tx -> tx.messages().find(key(alice, 1))).orElseThrow().cursor();
        assertEquals(List.of(Fixtures.id(1)), db.inTransaction(tx -> tx.conversations().markRead(alice, first)));
        assertEquals(1, db.<Integer>read(tx -> tx.conversations().unreadCount(alice)));

        PageCursor newest = db.read(tx -> tx.messages().newestPage(alice, 1)).getFirst().cursor();
        assertEquals(List.of(Fixtures.id(2)), db.inTransaction(tx -> tx.conversations().markRead(alice, newest)));
        assertEquals(List.of(), db.inTransaction(tx -> tx.conversations().markRead(alice, newest)), "nothing left");
        assertEquals(0, db.<Integer>read(tx -> tx.conversations().unreadCount(alice)));
        assertEquals(3, db.<Integer>read(tx -> tx.conversations().totalUnread()));
        assertEquals(io.linnet.chat.store.MessageState.READ, db.read(tx -> tx.messages().find(key(alice, 2))).orElseThrow().state());
        assertEquals(io.linnet.chat.store.MessageState.SENDING, db.read(tx -> tx.messages().find(key(alice, 3))).orElseThrow().state(),
                "our own messages are not touched by read markers");
        assertTrue(db.inTransaction(tx -> tx.conversations().markRead(address(99), newest)).isEmpty());
    }

    @Test
    void deletingAConversationTakesItsMessagesReactionsReceiptsOutboxAndSearchEntries() {
        populate();
        db.useTransaction(tx -> {
            tx.reactions().react(key(alice, 1), bob, "❤", at(40));
            tx.receipts().record(key(alice, 3), new Receipt(alice, ReceiptKind.DELIVERED, at(41)));
            tx.outbox().enqueue(alice, Fixtures.id(3), key(alice, 3), Bytes.utf8("payload"), at(12));
            tx.outbox().enqueue(bob, Fixtures.id(77), null, Bytes.utf8("receipt"), at(12));
        });
        assertEquals(1, db.read(tx -> tx.search().search("a3", 10)).size());
        assertTrue(db.<Boolean>inTransaction(tx -> tx.conversations().delete(alice)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.conversations().delete(alice)));

        assertTrue(db.read(tx -> tx.messages().newestPage(alice, 10)).isEmpty());
        assertTrue(db.read(tx -> tx.search().search("a3", 10)).isEmpty());
        assertTrue(db.read(tx -> tx.reactions().reactions(key(alice, 1))).isEmpty());
        assertEquals(List.of(bob), db.read(tx -> tx.outbox().due(at(100), 10)).stream().map(e -> e.recipient()).toList());
        assertEquals(3, db.read(tx -> tx.conversations().summaries()).size());
        assertTrue(db.read(tx -> tx.contacts().find(alice)).isPresent(), "the contact itself stays");
        // ids are forgotten with the conversation
        assertTrue(db.<Boolean>inTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(alice, 1, "new life", 50))));
    }
}
