package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.identity.InvalidBackupException;
import io.linnet.chat.identity.WalletVault;
import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactKeys;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.DatabaseKey;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.Identity;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletType;
import io.linnet.ixian.wallet.WrongPasswordException;
import io.linnet.store.SqliteDatabase;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and restore of a whole profile: round trips with and without history, and every refusal. */
class ProfileBackupTest {
    static final String PW = "backup-password-1";
    static final Instant T0 = Instant.ofEpochMilli(1_700_000_000_000L);
    static Address me;
    static Address bob;
    static Address groupAddress;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws Exception {
        bob = Address.fromPublicKey(Rsa.generate(2048, 1).publicKey().toIxianBytes());
        groupAddress = Address.fromPublicKey(Rsa.generate(2048, 1).publicKey().toIxianBytes());
    }

    static Wallet wallet() {
        RsaPrivateKey key = Rsa.generate(2048, 1);
        return new Wallet(5, WalletType.FULL, CryptoRandom.bytes(64), key.toIxianBytes(), key.publicKey().toIxianBytes(), null);
    }

    /** A profile with a contact, a group and four messages (read, on its way, edited, deleted) and a reaction. */
    Path profile() {
        Path d = dir.resolve("original");
        WalletVault vault = WalletVault.in(d);
        me = vault.create(wallet(), PW).address();
        try (SqliteDatabase db = SqliteDatabase.open(d.resolve(ProfileRuntime.DATABASE_FILE), DatabaseKey.password(PW))) {
            db.useTransaction(tx -> {
                tx.identity().save(new Identity(me, "Alice", Bytes.of(new byte[] {7, 7}), Bytes.of(new byte[16]), ""));
                tx.contacts().save(Contact.of(bob, ContactState.APPROVED, T0).withNickname("Bob")
                        .withHandshakeStatus(HandshakeStatus.ESTABLISHED)
                        .withKeys(new ContactKeys(Bytes.of(new byte[32]), Bytes.of(new byte[32]), T0)));
                tx.groups().save(new Group(groupAddress, Bytes.of(new byte[] {1, 2, 3}), me, "Friends", false, GroupRole.OWNER,
                        42, true, Bytes.EMPTY, T0));
                tx.groups().replaceMembers(groupAddress, List.of(GroupMember.of(me, "Alice", GroupRole.OWNER),
                        GroupMember.of(bob, "Bob", GroupRole.MEMBER)));
                tx.groups().saveChannel(groupAddress, new Channel(1, "random"));
                tx.messages().insertOutgoing(NewMessage.outgoing(key(1), "read one", T0));
                tx.messages().advanceState(key(1), MessageState.READ);
                tx.messages().insertOutgoing(NewMessage.outgoing(key(2), "still sending", T0.plusSeconds(1)));
                tx.messages().insertIncomingIfNew(NewMessage.incoming(key(3), null, "typo", T0.plusSeconds(2), T0.plusSeconds(2)));
                tx.messages().edit(key(3), "fixed", T0.plusSeconds(3));
                tx.messages().insertIncomingIfNew(NewMessage.incoming(key(4), null, "gone", T0.plusSeconds(4), T0.plusSeconds(4)));
                tx.messages().deleteForEveryone(key(4), T0.plusSeconds(5));
                tx.reactions().react(key(1), bob, "👍", T0.plusSeconds(6));
            });
        }
        return d;
    }

    static MessageKey key(int i) {
        return new MessageKey(bob, Bytes.of(new byte[] {(byte) i, 9, 9}));
    }

    SqliteDatabase db(Path d) {
        return SqliteDatabase.open(d.resolve(ProfileRuntime.DATABASE_FILE), DatabaseKey.password(PW));
    }

    Path export(Path profile, boolean history) throws Exception {
        Path file = dir.resolve(history ? "full.lnbackup" : "small.lnbackup");
        try (SqliteDatabase db = db(profile)) {
            ProfileBackup.export(WalletVault.in(profile), db, file, PW, history);
        }
        return file;
    }

    @Test
    void roundTripWithHistoryKeepsEverythingButTheOutbox() throws Exception {
        Path original = profile();
        Path backup = export(original, true);
        Path restored = dir.resolve("restored");
        assertEquals(me, ProfileRuntime.restore(backup, PW, restored));
        assertArrayEquals(Files.readAllBytes(WalletVault.in(original).file()), Files.readAllBytes(WalletVault.in(restored).file()));
        try (SqliteDatabase before = db(original); SqliteDatabase after = db(restored)) {
            assertEquals((Object) before.read(tx -> tx.contacts().all()), after.read(tx -> tx.contacts().all()));
            assertEquals((Object) before.read(tx -> tx.groups().all()), after.read(tx -> tx.groups().all()));
            assertEquals((Object) before.read(tx -> tx.groups().members(groupAddress)), after.read(tx -> tx.groups().members(groupAddress)));
            assertEquals(List.of(new Channel(1, "random")), after.read(tx -> tx.groups().channels(groupAddress)));
            Identity id = after.read(tx -> tx.identity().find()).orElseThrow();
            assertEquals("Alice", id.nickname());
            assertEquals(2, id.avatar().length());
            List<StoredMessage> was = before.read(tx -> tx.messages().newestPage(bob, 10));
            List<StoredMessage> is = after.read(tx -> tx.messages().newestPage(bob, 10));
            assertEquals(4, is.size());
            for (int i = 0; i < 4; i++) {
                StoredMessage a = was.get(i);
                StoredMessage b = is.get(i);
                assertEquals(a.key(), b.key());
                assertEquals(a.body(), b.body());
                assertEquals(a.direction(), b.direction());
                assertEquals(a.sentAt(), b.sentAt());
                assertEquals(a.editedAt(), b.editedAt());
                assertEquals(a.deletedAt(), b.deletedAt());
                MessageState expected = a.state() == MessageState.SENDING ? MessageState.FAILED : a.state();
                assertEquals(expected, b.state(), a.body());
            }
            assertEquals((Object) before.read(tx -> tx.reactions().reactions(key(1))), after.read(tx -> tx.reactions().reactions(key(1))));
            assertEquals(Direction.INCOMING, after.read(tx -> tx.messages().find(key(3))).orElseThrow().direction());
            assertEquals((int) before.read(tx -> tx.conversations().unreadCount(bob)), (int) after.read(tx -> tx.conversations().unreadCount(bob)));
            assertTrue(after.read(tx -> tx.outbox().pendingFor(bob)).isEmpty());
        }
    }

    @Test
    void roundTripWithoutHistoryKeepsContactsAndGroupsOnly() throws Exception {
        Path backup = export(profile(), false);
        Path restored = dir.resolve("restored");
        ProfileRuntime.restore(backup, PW, restored);
        try (SqliteDatabase after = db(restored)) {
            assertEquals(1, after.read(tx -> tx.contacts().all()).size());
            assertEquals(2, after.read(tx -> tx.groups().members(groupAddress)).size());
            assertTrue(after.read(tx -> tx.conversations().summaries()).isEmpty());
        }
    }

    @Test
    void wrongPasswordOrAnExistingProfileWritesNothing() throws Exception {
        Path original = profile();
        Path backup = export(original, true);
        Path target = dir.resolve("restored");
        assertThrows(WrongPasswordException.class, () -> ProfileRuntime.restore(backup, "not the password", target));
        assertFalse(Files.exists(target) && Files.list(target).findAny().isPresent());
        byte[] wallet = Files.readAllBytes(WalletVault.in(original).file());
        byte[] db = Files.readAllBytes(original.resolve(ProfileRuntime.DATABASE_FILE));
        assertThrows(FileAlreadyExistsException.class, () -> ProfileRuntime.restore(backup, PW, original));
        assertArrayEquals(wallet, Files.readAllBytes(WalletVault.in(original).file()));
        assertArrayEquals(db, Files.readAllBytes(original.resolve(ProfileRuntime.DATABASE_FILE)));
        Path other = dir.resolve("other.lnbackup");
        try (SqliteDatabase d = db(original)) {
            assertThrows(WrongPasswordException.class, () -> ProfileBackup.export(WalletVault.in(original), d, other, "wrong password!", true));
        }
        assertFalse(Files.exists(other));
    }

    @Test
    void garbageTruncatedAlteredAndNewerFilesAreTypedErrors() throws Exception {
        byte[] good = Files.readAllBytes(export(profile(), true));
        assertReason(InvalidBackupException.Reason.NOT_A_BACKUP, "not a backup at all".getBytes());
        assertReason(InvalidBackupException.Reason.NOT_A_BACKUP, new byte[0]);
        assertReason(InvalidBackupException.Reason.DAMAGED, Arrays.copyOf(good, good.length - 10));
        assertReason(InvalidBackupException.Reason.DAMAGED, Arrays.copyOf(good, 20));
        byte[] altered = good.clone();
        altered[altered.length - 40] ^= 1;
        assertReason(InvalidBackupException.Reason.DAMAGED, altered);
        byte[] newer = good.clone();
        newer[8] = 99;
        assertReason(InvalidBackupException.Reason.UNSUPPORTED_FORMAT, newer);
    }

    void assertReason(InvalidBackupException.Reason reason, byte[] file) throws Exception {
        Path f = Files.write(dir.resolve("bad.lnbackup"), file);
        Path target = dir.resolve("target");
        InvalidBackupException e = assertThrows(InvalidBackupException.class, () -> ProfileRuntime.restore(f, PW, target));
        assertEquals(reason, e.reason());
        assertFalse(Files.exists(target.resolve(WalletVault.FILE_NAME)));
        assertFalse(Files.exists(target.resolve(ProfileRuntime.DATABASE_FILE)));
    }
}
