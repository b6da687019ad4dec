package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactKeys;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.HandshakeSecrets;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.Identity;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.StreamCapabilities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContactStoreTest {
    private final SqliteDatabase db = SqliteDatabase.inMemory();
    private final Address alice = address(1);
    private final Address bob = address(2);

    @AfterEach
    void close() {
        db.close();
    }

    static Contact established(Address a) {
        return Contact.of(a, ContactState.APPROVED, Fixtures.T0)
                .withPublicKey(Bytes.of(new byte[] {1, 2, 3}))
                .withNickname("Alice")
                .withLocalNickname("Al")
                .withAvatar(Bytes.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .withHandshakeStatus(HandshakeStatus.ESTABLISHED)
                .withKeys(new ContactKeys(Bytes.of(new byte[32]), Bytes.of(filled(32, 7)), Fixtures.at(5)))
                .withHandshakeSecrets(new HandshakeSecrets(Bytes.of(filled(66, 1)), Bytes.of(filled(100, 2)), Bytes.of(filled(32, 3))))
                .withCapabilities(StreamCapabilities.SPIXI)
                .withProtocolVersion(1);
    }

    static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) v);
        return b;
    }

    @Test
    void savesAndFindsEveryField() {
        Contact c = established(alice);
        db.useTransaction(tx -> tx.contacts().save(c));
        Contact back = db.read(tx -> tx.contacts().find(alice)).orElseThrow();
        assertEquals(c, back);
        assertEquals("Al", back.displayName());
        assertTrue(db.read(tx -> tx.contacts().find(bob)).isEmpty());
    }

    @Test
    void saveUpdatesInPlaceAndCanClearSecrets() {
        db.useTransaction(tx -> tx.contacts().save(established(alice)));
        Contact changed = established(alice).withState(ContactState.REMOVED).withKeys(ContactKeys.NONE)
                .withHandshakeSecrets(HandshakeSecrets.NONE).withLocalNickname("");
        db.useTransaction(tx -> tx.contacts().save(changed));
        Contact back = db.read(tx -> tx.contacts().find(alice)).orElseThrow();
        assertEquals(changed, back);
        assertFalse(back.keys().present());
        assertEquals("Alice", back.displayName());
        assertEquals(1, db.read(tx -> tx.contacts().all()).size());
    }

    @Test
    void listsAllAndByStateOldestFirst() {
        db.useTransaction(tx -> {
            tx.contacts().save(Contact.of(bob, ContactState.REQUEST_RECEIVED, Fixtures.at(20)));
            tx.contacts().save(Contact.of(alice, ContactState.REQUEST_RECEIVED, Fixtures.at(10)));
            tx.contacts().save(Contact.of(address(3), ContactState.APPROVED, Fixtures.at(5)));
        });
        assertEquals(List.of(address(3), alice, bob),
                db.read(tx -> tx.contacts().all()).stream().map(Contact::address).toList());
        assertEquals(List.of(alice, bob), db.read(tx -> tx.contacts().withState(ContactState.REQUEST_RECEIVED))
                .stream().map(Contact::address).toList());
        assertTrue(db.read(tx -> tx.contacts().withState(ContactState.DECLINED)).isEmpty());
    }

    @Test
    void deletes() {
        db.useTransaction(tx -> tx.contacts().save(established(alice)));
        assertTrue(db.<Boolean>inTransaction(tx -> tx.contacts().delete(alice)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.contacts().delete(alice)));
        assertTrue(db.read(tx -> tx.contacts().find(alice)).isEmpty());
    }

    @Test
    void handshakeTimestampsOnlyMoveForwardAndSaveCannotRollThemBack() {
        db.useTransaction(tx -> tx.contacts().save(Contact.of(alice, ContactState.REQUEST_RECEIVED, Fixtures.T0)));
        assertTrue(db.<Boolean>inTransaction(tx -> tx.contacts().acceptHandshakeTimestamp(alice, 100)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.contacts().acceptHandshakeTimestamp(alice, 100)), "a replay");
        assertFalse(db.<Boolean>inTransaction(tx -> tx.contacts().acceptHandshakeTimestamp(alice, 99)), "an older one");
        assertTrue(db.<Boolean>inTransaction(tx -> tx.contacts().acceptHandshakeTimestamp(alice, 101)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.contacts().acceptHandshakeTimestamp(bob, 500)), "unknown contact");
        // a stale copy of the record (guard 0) is saved: the guard stays
        db.useTransaction(tx -> tx.contacts().save(Contact.of(alice, ContactState.APPROVED, Fixtures.T0)));
        assertEquals(101, db.read(tx -> tx.contacts().find(alice)).orElseThrow().lastHandshakeTimestamp());
    }

    @Test
    void identityAndSettings() {
        assertTrue(db.read(tx -> tx.identity().find()).isEmpty());
        Identity me = new Identity(alice, "me", Bytes.EMPTY, Bytes.of(new byte[] {9, 9}), "/home/me/wallet.ixi");
        db.useTransaction(tx -> tx.identity().save(me));
        assertEquals(me, db.read(tx -> tx.identity().find()).orElseThrow());
        Identity renamed = me.withNickname("Me!").withAvatar(Bytes.of(new byte[] {1}));
        db.useTransaction(tx -> tx.identity().save(renamed));
        assertEquals(renamed, db.read(tx -> tx.identity().find()).orElseThrow());

        db.useTransaction(tx -> {
            tx.settings().put("theme", "dark");
            tx.settings().put("a.first", "1");
            tx.settings().put("theme", "light");
        });
        assertEquals("light", db.read(tx -> tx.settings().get("theme")).orElseThrow());
        assertEquals("fallback", db.read(tx -> tx.settings().get("missing", "fallback")));
        assertEquals(Map.of("a.first", "1", "theme", "light"), db.read(tx -> tx.settings().all()));
        assertEquals(List.of("a.first", "theme"), List.copyOf(db.read(tx -> tx.settings().all()).keySet()));
        assertTrue(db.<Boolean>inTransaction(tx -> tx.settings().remove("theme")));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.settings().remove("theme")));
    }
}
