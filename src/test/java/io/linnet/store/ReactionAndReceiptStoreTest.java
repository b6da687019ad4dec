package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static io.linnet.store.Fixtures.at;
import static io.linnet.store.Fixtures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Reaction;
import io.linnet.chat.store.Receipt;
import io.linnet.chat.store.ReceiptKind;
import io.linnet.ixian.address.Address;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReactionAndReceiptStoreTest {
    private final SqliteDatabase db = SqliteDatabase.inMemory();
    private final Address group = address(10);
    private final Address bob = address(2);
    private final Address carol = address(3);
    private final MessageKey msg = key(group, 1);

    @BeforeEach
    void message() {
        db.useTransaction(tx -> tx.messages().insertOutgoing(Fixtures.outgoing(group, 1, "hello all", 0)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oneReactionPerSenderAndTheNewerWins() {
        assertTrue(react(bob, "👍", 10));
        assertTrue(react(carol, "❤️", 11));
        assertTrue(react(bob, "😂", 12), "bob changes his reaction");
        assertFalse(react(bob, "👎", 9), "a stale reaction does not overwrite");
        assertEquals(List.of(new Reaction(carol, "❤️", at(11)), new Reaction(bob, "😂", at(12))),
                db.read(tx -> tx.reactions().reactions(msg)));
        assertTrue(db.<Boolean>inTransaction(tx -> tx.reactions().remove(msg, carol)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.reactions().remove(msg, carol)));
        assertEquals(1, db.read(tx -> tx.reactions().reactions(msg)).size());
        assertFalse(db.<Boolean>inTransaction(tx -> tx.reactions().react(key(group, 9), bob, "👍", at(1))), "unknown message");
        assertTrue(db.read(tx -> tx.reactions().reactions(key(group, 9))).isEmpty());
        assertFalse(db.<Boolean>inTransaction(tx -> tx.reactions().remove(key(group, 9), bob)));
    }

    @Test
    void aPagesReactionsInOneRead() {
        MessageKey other = key(group, 2);
        MessageKey none = key(group, 3);
        db.useTransaction(tx -> tx.messages().insertOutgoing(Fixtures.outgoing(group, 2, "second", 1)));
        db.useTransaction(tx -> tx.messages().insertOutgoing(Fixtures.outgoing(group, 3, "third", 2)));
        react(bob, "👍", 10);
        react(carol, "❤️", 11);
        db.useTransaction(tx -> tx.reactions().react(other, bob, "😂", at(12)));
        long[] seqs = db.read(tx -> new long[] {tx.messages().find(msg).orElseThrow().seq(),
            tx.messages().find(other).orElseThrow().seq(), tx.messages().find(none).orElseThrow().seq()});
        assertEquals(java.util.Map.of(
                seqs[0], List.of(new Reaction(bob, "👍", at(10)), new Reaction(carol, "❤️", at(11))),
                seqs[1], List.of(new Reaction(bob, "😂", at(12)))),
                db.read(tx -> tx.reactions().reactionsBySeq(List.of(seqs[0], seqs[1], seqs[2]))), "oldest first; none for the third");
        assertTrue(db.read(tx -> tx.reactions().reactionsBySeq(List.of())).isEmpty());
    }

    private boolean react(Address who, String what, long second) {
        return db.inTransaction(tx -> tx.reactions().react(msg, who, what, at(second)));
    }

    @Test
    void receiptsCountOncePerRecipientAndKind() {
        assertTrue(record(bob, ReceiptKind.DELIVERED, 10));
        assertFalse(record(bob, ReceiptKind.DELIVERED, 11), "a repeated receipt");
        assertTrue(record(carol, ReceiptKind.DELIVERED, 12));
        assertTrue(record(bob, ReceiptKind.READ, 13));
        assertEquals(2, db.<Integer>read(tx -> tx.receipts().count(msg, ReceiptKind.DELIVERED)));
        assertEquals(1, db.<Integer>read(tx -> tx.receipts().count(msg, ReceiptKind.READ)));
        assertEquals(List.of(new Receipt(bob, ReceiptKind.DELIVERED, at(10)), new Receipt(carol, ReceiptKind.DELIVERED, at(12)),
                new Receipt(bob, ReceiptKind.READ, at(13))), db.read(tx -> tx.receipts().receipts(msg)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.receipts().record(key(group, 9),
                new Receipt(bob, ReceiptKind.READ, at(1)))), "unknown message");
        assertEquals(0, db.<Integer>read(tx -> tx.receipts().count(key(group, 9), ReceiptKind.READ)));
        assertTrue(db.read(tx -> tx.receipts().receipts(key(group, 9))).isEmpty());
    }

    private boolean record(Address who, ReceiptKind kind, long second) {
        return db.inTransaction(tx -> tx.receipts().record(msg, new Receipt(who, kind, at(second))));
    }
}
