package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Contact;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.crypto.RsaPublicKey;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.ixian.stream.StreamMessageCrypto;
import io.linnet.store.SqliteDatabase;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input reaches an established pair: each message is stored nowhere and never acknowledged, and the
 * conversation keeps working afterwards.
 */
class BadInputTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(3);
    MemoryNet net;
    Peer alice;
    Peer bob;

    @BeforeEach
    void setUp() {
        net = new MemoryNet();
        alice = new Peer(IDS.get(0), SqliteDatabase.inMemory(), net.transport(IDS.get(0).address()), Peer.FAST);
        bob = new Peer(IDS.get(1), SqliteDatabase.inMemory(), net.transport(IDS.get(1).address()), Peer.FAST);
        Peer.connect(alice, bob);
        // let the nick/avatar exchange settle so every later message from bob is an answer to the test's input
        Wait.until(() -> alice.db.read(tx -> tx.outbox().pendingFor(bob.address()).isEmpty())
                && bob.db.read(tx -> tx.outbox().pendingFor(alice.address()).isEmpty()), "quiet outboxes");
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        alice.engine.sync();
        bob.engine.sync();
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
        net.close();
    }

    StreamMessage.Builder fromAlice(SpixiMessage body, EncryptionCode enc) {
        return StreamMessage.builder(1, InstantSource.system()).type(StreamMessageCode.DATA).encryptionType(enc)
                .sender(alice.address()).recipient(bob.address()).data(Bytes.of(body.encode()));
    }

    @Test
    void garbageUnknownCodesDowngradesAndWrongKeysAreNeverAcknowledged() throws Exception {
        Contact atBob = bob.contact(alice).orElseThrow();
        PairKeys keys = new PairKeys(atBob.keys().aesKey().toByteArray(), atBob.keys().chachaKey().toByteArray());
        PairKeys wrong = new PairKeys(new byte[32], new byte[32]);
        RsaPublicKey bobKey = bob.id.key().publicKey();
        SpixiMessage chat = SpixiMessage.of(SpixiMessageCode.CHAT, Bytes.utf8("forged"));
        List<StreamMessage> bad = List.of(
                // garbage ciphertext under spixi2
                fromAlice(chat, EncryptionCode.SPIXI2).data(Bytes.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9})).encrypted(true).build(),
                // the right scheme with the wrong keys
                StreamMessageCrypto.encrypt(fromAlice(chat, EncryptionCode.SPIXI2).build(), wrong),
                // an unknown SpixiMessage type under the right keys
                StreamMessageCrypto.encrypt(fromAlice(new SpixiMessage(200, Bytes.utf8("?"), 0, null, null), EncryptionCode.SPIXI2).build(), keys),
                // chat downgraded to rsa2 (anyone with bob's public key could do this), unsigned and signed by someone else
                StreamMessageCrypto.encrypt(fromAlice(chat, EncryptionCode.RSA2).build(), bobKey),
                StreamMessageCrypto.sign(StreamMessageCrypto.encrypt(fromAlice(chat, EncryptionCode.RSA2).build(), bobKey), IDS.get(2).key()),
                // chat in the clear
                fromAlice(chat, EncryptionCode.NONE).build(),
                // legacy encryption
                fromAlice(chat, EncryptionCode.SPIXI1).data(Bytes.of(new byte[64])).encrypted(true).build());
        int sentBefore = net.sentFrom(bob.address()).size();
        for (StreamMessage m : bad) {
            net.inject(m);
        }
        // a good one afterwards proves the pipeline is alive and gives a point in time to check at
        StreamMessage good = StreamMessageCrypto.encrypt(fromAlice(SpixiMessage.of(SpixiMessageCode.CHAT, Bytes.utf8("real")),
                EncryptionCode.SPIXI2).build(), keys);
        net.inject(good);
        Wait.until(() -> bob.history(alice).size() == 1, "the good message");
        bob.engine.sync();
        assertEquals("real", bob.history(alice).getFirst().body());
        List<StreamMessage> receipts = net.sentFrom(bob.address()).subList(sentBefore, net.sentFrom(bob.address()).size());
        assertEquals(1, receipts.size(), "only the good message is acknowledged");
        assertTrue(receipts.stream().noneMatch(StreamMessage::requireRcvConfirmation), "receipts are not acknowledged");
    }
}
