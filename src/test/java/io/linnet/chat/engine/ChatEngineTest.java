package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.codec.Bytes;
import io.linnet.store.SqliteDatabase;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two (or three) engines over the in-memory network: the use cases end to end. */
class ChatEngineTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(3);
    MemoryNet net;
    Peer alice;
    Peer bob;

    @BeforeEach
    void setUp() {
        net = new MemoryNet();
        alice = new Peer(IDS.get(0), SqliteDatabase.inMemory(), net.transport(IDS.get(0).address()), Peer.FAST);
        bob = new Peer(IDS.get(1), SqliteDatabase.inMemory(), net.transport(IDS.get(1).address()), Peer.FAST);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
        net.close();
        alice.db.close();
        bob.db.close();
    }

    @Test
    void handshakeWaitsForTheUserThenAgreesPairKeysAndExchangesNicks() {
        Peer.await(alice.engine.setProfile("Alice", Bytes.of(new byte[] {1, 2, 3})));
        Peer.await(alice.engine.addContact(bob.address()));
        Wait.until(() -> bob.contact(alice).isPresent(), "request");
        Contact request = bob.contact(alice).orElseThrow();
        assertEquals(ContactState.REQUEST_RECEIVED, request.state());
        assertEquals(1, bob.log.of(EngineEvent.ContactRequestReceived.class).size());
        assertEquals(ContactState.REQUEST_SENT, alice.contact(bob).orElseThrow().state());

        Peer.await(bob.engine.acceptContact(alice.address()));
        Wait.until(() -> alice.established(bob) && bob.established(alice), "established");
        Contact a = bob.contact(alice).orElseThrow();
        Contact b = alice.contact(bob).orElseThrow();
        assertEquals(a.keys().aesKey(), b.keys().aesKey());
        assertEquals(a.keys().chachaKey(), b.keys().chachaKey());
        assertFalse(a.handshakeSecrets().present());
        assertTrue(LinnetWire.supportsExtensions(a.capabilities()));
        Wait.until(() -> "Alice".equals(bob.contact(alice).orElseThrow().nickname()), "nick");
        Wait.until(() -> bob.contact(alice).orElseThrow().avatar().length() == 3, "avatar");
        Wait.until(() -> alice.db.read(tx -> tx.outbox().pendingFor(bob.address()).isEmpty())
                && bob.db.read(tx -> tx.outbox().pendingFor(alice.address()).isEmpty()), "handshake outboxes drained");
    }

    @Test
    void chatMovesThroughSentDeliveredReadAndArrivesOnce() {
        Peer.connect(alice, bob);
        StoredMessage m = Peer.await(alice.engine.sendText(bob.address(), "hello bob"));
        assertEquals(MessageState.SENDING, m.state());
        Wait.until(() -> state(alice, m.key()) == MessageState.DELIVERED, "delivered");
        List<StoredMessage> atBob = bob.history(alice);
        assertEquals(1, atBob.size());
        assertEquals("hello bob", atBob.getFirst().body());
        assertEquals(Direction.INCOMING, atBob.getFirst().direction());
        assertEquals(1, Peer.await(bob.engine.markRead(alice.address())));
        Wait.until(() -> state(alice, m.key()) == MessageState.READ, "read");
        List<MessageState> states = alice.log.of(EngineEvent.MessageStateChanged.class).stream()
                .filter(e -> e.key().equals(m.key())).map(EngineEvent.MessageStateChanged::state).toList();
        assertTrue(states.containsAll(List.of(MessageState.DELIVERED, MessageState.READ)), states.toString());
        Wait.until(() -> alice.db.read(tx -> tx.outbox().pendingFor(bob.address()).isEmpty()), "outbox empty");
        Wait.until(() -> bob.db.read(tx -> tx.outbox().pendingFor(alice.address()).isEmpty()), "read receipts acknowledged");
    }

    @Test
    void editDeleteReactAndReplyBetweenLinnetPeers() {
        Peer.connect(alice, bob);
        StoredMessage m = Peer.await(alice.engine.sendText(bob.address(), "frist"));
        MessageKey atBob = new MessageKey(alice.address(), m.key().messageId());
        Wait.until(() -> bob.history(alice).size() == 1, "first");
        Peer.await(alice.engine.edit(m.key(), "first"));
        Wait.until(() -> "first".equals(body(bob, atBob)), "edit");
        assertTrue(bob.db.read(tx -> tx.messages().find(atBob)).orElseThrow().edited());

        Peer.await(bob.engine.react(atBob, "👍"));
        Wait.until(() -> alice.db.read(tx -> tx.reactions().reactions(m.key())).size() == 1, "reaction");
        assertEquals("👍", alice.db.read(tx -> tx.reactions().reactions(m.key())).getFirst().reaction());

        StoredMessage r = Peer.await(bob.engine.reply(alice.address(), m.key().messageId(), "agreed"));
        Wait.until(() -> alice.history(bob).size() == 2, "reply");
        assertEquals(m.key().messageId(), alice.history(bob).getLast().replyTo());

        Peer.await(alice.engine.deleteForEveryone(m.key()));
        Wait.until(() -> bob.db.read(tx -> tx.messages().find(atBob)).orElseThrow().deleted(), "delete");
        assertEquals("", body(bob, atBob));

        // bob may not edit or delete alice's message, nor can his engine be made to
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> bob.engine.edit(new MessageKey(alice.address(), r.key().messageId()).equals(atBob) ? null : atBob, "mine")
                        .toCompletableFuture().get());
        assertInstanceOf(ChatException.class, e.getCause());
    }

    @Test
    void typingIsReportedAndEndsByItself() {
        Peer.connect(alice, bob);
        Peer.await(alice.engine.typing(bob.address()));
        Wait.until(() -> bob.log.of(EngineEvent.TypingChanged.class).size() >= 1, "typing");
        long started = System.nanoTime();
        assertTrue(bob.log.of(EngineEvent.TypingChanged.class).getFirst().typing());
        Wait.until(() -> bob.log.of(EngineEvent.TypingChanged.class).size() == 2, "typing stopped");
        assertFalse(bob.log.of(EngineEvent.TypingChanged.class).get(1).typing());
        // the notice itself does not end the typing: it lasts until the timeout
        assertTrue(System.nanoTime() - started >= Peer.FAST.typingTimeout().toNanos() * 8 / 10,
                "typing ended only after the timeout");
        assertTrue(net.sentFrom(alice.address()).stream().noneMatch(sm -> sm.requireRcvConfirmation()
                && sm.type() == io.linnet.ixian.stream.StreamMessageCode.INFO && sm.data().isEmpty()));
    }

    @Test
    void declinedRequestsStayDeclinedAndChatNeedsAnEstablishedContact() {
        Peer.await(alice.engine.addContact(bob.address()));
        Wait.until(() -> bob.contact(alice).isPresent(), "request");
        Peer.await(bob.engine.declineContact(alice.address()));
        assertEquals(ContactState.DECLINED, bob.contact(alice).orElseThrow().state());
        CompletionException e = assertThrows(CompletionException.class,
                () -> alice.engine.sendText(bob.address(), "hi").toCompletableFuture().join());
        assertInstanceOf(ChatException.class, e.getCause());
        CompletionException tooLong = assertThrows(CompletionException.class,
                () -> alice.engine.sendText(bob.address(), "x".repeat(64_001)).toCompletableFuture().join());
        assertInstanceOf(ChatException.class, tooLong.getCause());
    }

    @Test
    void aPeerOfflineForAWhileGetsEverythingInOrderOnce() {
        Peer.connect(alice, bob);
        net.setOnline(bob.address(), false);
        for (int i = 0; i < 8; i++) {
            Peer.await(alice.engine.sendText(bob.address(), "m" + i));
        }
        Wait.until(() -> alice.db.read(tx -> tx.outbox().pendingFor(bob.address())).stream().allMatch(e -> e.attempts() >= 2),
                "a few failed attempts");
        assertEquals(0, bob.history(alice).size());
        net.setOnline(bob.address(), true);
        Wait.until(() -> alice.history(bob).stream().allMatch(m -> m.state() == MessageState.DELIVERED), "all delivered");
        assertEquals(List.of("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7"),
                bob.history(alice).stream().map(StoredMessage::body).toList());
    }

    @Test
    void lostReceiptsLeadToResendsThatAreRecognisedAndAcknowledgedAgain() {
        Peer.connect(alice, bob);
        net.drop = m -> m.sender().equals(bob.address());
        StoredMessage m = Peer.await(alice.engine.sendText(bob.address(), "once"));
        Wait.until(() -> net.sentFrom(alice.address()).stream().filter(s -> s.id().equals(m.key().messageId())).count() >= 3,
                "resends");
        net.drop = x -> false;
        Wait.until(() -> state(alice, m.key()) == MessageState.DELIVERED, "delivered");
        assertEquals(1, bob.history(alice).size());
        assertEquals(1, bob.log.of(EngineEvent.MessageAdded.class).size());
    }

    static MessageState state(Peer p, MessageKey k) {
        return p.db.read(tx -> tx.messages().find(k)).map(StoredMessage::state).orElse(null);
    }

    static String body(Peer p, MessageKey k) {
        return p.db.read(tx -> tx.messages().find(k)).map(StoredMessage::body).orElse(null);
    }
}
