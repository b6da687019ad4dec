package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static io.linnet.store.Fixtures.at;
import static io.linnet.store.Fixtures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.Direction;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoreException;
import io.linnet.chat.store.TransferDelivery;
import io.linnet.chat.store.TransferState;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.TransferUid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-transfer repository: every method, sealing at rest, and state that survives a reopen. */
class FileTransferStoreTest {
    private final Address bob = address(2);
    private final Address group = address(10);
    private static final String SECRET_NAME = "quarterly-secret-plans.pdf";

    static FileTransfer transfer(Direction d, MessageKey message, Address peer, TransferUid uid, String name, long size) {
        return new FileTransfer(0, d, message, peer, uid, name, size, "application/pdf", 102_400, 0, TransferState.OFFERED,
                Bytes.EMPTY, false, false, null, Bytes.EMPTY, "", at(0), at(0));
    }

    @Test
    void insertFindUpdateAndList() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.useTransaction(tx -> {
                tx.messages().insertIncomingIfNew(Fixtures.incoming(bob, 1, SECRET_NAME, 1));
                tx.messages().insertOutgoing(Fixtures.outgoing(bob, 2, "photo.jpg", 2));
                tx.messages().insertOutgoing(Fixtures.outgoing(group, 3, "notes.txt", 3));
            });
            TransferUid in = TransferUid.random();
            TransferUid out = TransferUid.random();
            FileTransfer a = db.inTransaction(tx -> tx.files().insert(transfer(Direction.INCOMING, key(bob, 1), bob, in, SECRET_NAME, 250_000)));
            FileTransfer b = db.inTransaction(tx -> tx.files().insert(transfer(Direction.OUTGOING, key(bob, 2), bob, out, "photo.jpg", 0)));
            FileTransfer c = db.inTransaction(tx -> tx.files().insert(
                    transfer(Direction.OUTGOING, key(group, 3), group, TransferUid.random(), "notes.txt", 7)));
            assertTrue(a.id() > 0 && b.id() > a.id() && c.id() > b.id());
            assertEquals(a, db.read(tx -> tx.files().find(a.id())).orElseThrow());
            assertEquals(a, db.read(tx -> tx.files().findIncoming(bob, in)).orElseThrow());
            assertTrue(db.read(tx -> tx.files().findIncoming(group, in)).isEmpty(), "uids are per peer");
            assertTrue(db.read(tx -> tx.files().findIncoming(bob, out)).isEmpty(), "an outgoing uid is not an incoming one");
            assertEquals(b, db.read(tx -> tx.files().findOutgoing(out)).orElseThrow());
            assertTrue(db.read(tx -> tx.files().findOutgoing(in)).isEmpty());
            assertEquals(c, db.read(tx -> tx.files().forMessage(key(group, 3))).orElseThrow());
            assertEquals(List.of(a, b), db.read(tx -> tx.files().inConversation(bob)));
            assertEquals(List.of(c, b), db.read(tx -> tx.files().recent(2)));
            assertEquals(3, a.packetCount());
            assertEquals(0, b.packetCount());

            FileTransfer moving = a.withState(TransferState.TRANSFERRING, "", at(5)).withNextPacket(2, at(6));
            assertTrue(db.<Boolean>inTransaction(tx -> tx.files().update(moving)));
            assertEquals(204_800, moving.bytesDone());
            assertEquals(List.of(moving), db.read(tx -> tx.files().inState(TransferState.TRANSFERRING)));
            Bytes hash = Bytes.of(new byte[32]);
            FileTransfer done = moving.completed(Path.of("/downloads", SECRET_NAME), hash, true, at(7));
            db.useTransaction(tx -> tx.files().update(done));
            FileTransfer read = db.read(tx -> tx.files().find(a.id())).orElseThrow();
            assertEquals(done, read);
            assertEquals(3, read.nextPacket());
            assertEquals(250_000, read.bytesDone());
            assertFalse(db.<Boolean>inTransaction(tx -> tx.files().update(done.withId(999))));
        }
    }

    @Test
    void duplicatesAndMissingMessagesAreRefused() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.useTransaction(tx -> {
                tx.messages().insertIncomingIfNew(Fixtures.incoming(bob, 1, "a", 1));
                tx.messages().insertIncomingIfNew(Fixtures.incoming(bob, 2, "b", 2));
            });
            TransferUid uid = TransferUid.random();
            db.useTransaction(tx -> tx.files().insert(transfer(Direction.INCOMING, key(bob, 1), bob, uid, "a", 1)));
            assertThrows(StoreException.class, () -> db.useTransaction(tx -> tx.files().insert(
                    transfer(Direction.INCOMING, key(bob, 2), bob, uid, "b", 1))), "same peer and uid");
            assertThrows(StoreException.class, () -> db.useTransaction(tx -> tx.files().insert(
                    transfer(Direction.INCOMING, key(bob, 1), bob, TransferUid.random(), "a", 1))), "same message");
            assertThrows(StoreException.class, () -> db.useTransaction(tx -> tx.files().insert(
                    transfer(Direction.INCOMING, key(bob, 9), bob, TransferUid.random(), "x", 1))), "no such message");
            assertEquals(1, db.read(tx -> tx.files().recent(10)).size());
        }
    }

    @Test
    void deliveriesKeepOneRowPerReceiver() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            db.useTransaction(tx -> tx.messages().insertOutgoing(Fixtures.outgoing(group, 1, "f", 1)));
            FileTransfer t = db.inTransaction(tx -> tx.files().insert(
                    transfer(Direction.OUTGOING, key(group, 1), group, TransferUid.random(), "f", 1_000_000)));
            Address carol = address(3);
            db.useTransaction(tx -> {
                tx.files().saveDelivery(new TransferDelivery(t.id(), carol, 0, TransferState.TRANSFERRING, at(1)));
                tx.files().saveDelivery(new TransferDelivery(t.id(), bob, 0, TransferState.TRANSFERRING, at(2)));
                tx.files().saveDelivery(new TransferDelivery(t.id(), carol, 5, TransferState.TRANSFERRING, at(3)));
            });
            assertEquals(List.of(new TransferDelivery(t.id(), carol, 5, TransferState.TRANSFERRING, at(3)),
                    new TransferDelivery(t.id(), bob, 0, TransferState.TRANSFERRING, at(2))),
                    db.read(tx -> tx.files().deliveries(t.id())));
            db.useTransaction(tx -> tx.conversations().delete(group));
            assertTrue(db.read(tx -> tx.files().find(t.id())).isEmpty(), "gone with its conversation");
            assertTrue(db.read(tx -> tx.files().deliveries(t.id())).isEmpty());
        }
    }

    @Test
    void stateSurvivesAReopenAndNamesAreSealed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.db");
        TransferUid uid = TransferUid.random();
        long id;
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            db.useTransaction(tx -> tx.messages().insertIncomingIfNew(Fixtures.incoming(bob, 1, "file", 1)));
            FileTransfer t = db.inTransaction(tx -> tx.files().insert(transfer(Direction.INCOMING, key(bob, 1), bob, uid,
                    SECRET_NAME, 300_000)));
            id = t.id();
            db.useTransaction(tx -> tx.files().update(t.withState(TransferState.TRANSFERRING, "", at(2)).withNextPacket(2, at(2))));
        }
        for (Path f : List.of(file, dir.resolve("t.db-wal"))) {
            if (Files.exists(f)) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("quarterly-secret"),
                        "the name is sealed in " + f.getFileName());
            }
        }
        try (SqliteDatabase db = SqliteDatabase.open(file, Fixtures.rawKey())) {
            FileTransfer t = db.read(tx -> tx.files().findIncoming(bob, uid)).orElseThrow();
            assertEquals(id, t.id());
            assertEquals(SECRET_NAME, t.name());
            assertEquals(TransferState.TRANSFERRING, t.state());
            assertEquals(2, t.nextPacket());
        }
    }
}
