package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.store.SqliteDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox over days, on an injected clock: expiry to FAILED with its event, retry and delivery when the
 * peer is back; removing a contact fails what was still on its way; pair keys carry the engine's time.
 */
class OutboxLifecycleTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(2);
    final MutableClock clock = new MutableClock();
    MemoryNet net;
    Peer alice;
    Peer bob;

    @BeforeEach
    void setUp() {
        net = new MemoryNet();
        alice = new Peer(IDS.get(0), SqliteDatabase.inMemory(), net.transport(IDS.get(0).address()), Peer.FAST.withClock(clock));
        bob = new Peer(IDS.get(1), SqliteDatabase.inMemory(), net.transport(IDS.get(1).address()), Peer.FAST.withClock(clock));
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
    void unacknowledgedForFiveDaysFailsThenRetryDeliversWhenThePeerIsBack() {
        Peer.connect(alice, bob);
        net.setOnline(bob.address(), false);
        StoredMessage m = Peer.await(alice.engine.sendText(bob.address(), "are you there?"));
        Wait.until(() -> pending(alice, bob).stream().allMatch(e -> e.attempts() >= 1), "a first attempt");

        clock.advance(Duration.ofDays(5).minusMinutes(1));
        alice.engine.sync();
        Wait.until(() -> pending(alice, bob).stream().allMatch(e -> e.attempts() >= 2), "an attempt on day five");
        assertEquals(MessageState.SENDING, ChatEngineTest.state(alice, m.key()));

        clock.advance(Duration.ofMinutes(2));
        Wait.until(() -> ChatEngineTest.state(alice, m.key()) == MessageState.FAILED, "failed after five days");
        assertTrue(states(alice, m.key()).contains(MessageState.FAILED));
        assertTrue(pending(alice, bob).isEmpty());

        net.setOnline(bob.address(), true);
        assertEquals(1, Peer.await(alice.engine.retry(m.key())));
        assertTrue(states(alice, m.key()).contains(MessageState.SENDING));
        Wait.until(() -> ChatEngineTest.state(alice, m.key()) == MessageState.DELIVERED, "delivered after the retry");
        assertEquals(List.of("are you there?"), bob.history(alice).stream().map(StoredMessage::body).toList());
        assertEquals(0, Peer.await(alice.engine.retry(m.key())), "a delivered message is not retried");
    }

    @Test
    void removingAContactFailsItsQueuedMessagesWithAnEvent() {
        Peer.connect(alice, bob);
        net.setOnline(bob.address(), false);
        StoredMessage m = Peer.await(alice.engine.sendText(bob.address(), "never mind"));
        Peer.await(alice.engine.removeContact(bob.address()));
        assertEquals(MessageState.FAILED, ChatEngineTest.state(alice, m.key()));
        assertTrue(states(alice, m.key()).contains(MessageState.FAILED));
        assertTrue(pending(alice, bob).isEmpty());
    }

    @Test
    void pairKeysAreStampedWithTheEngineClock() {
        clock.advance(Duration.ofDays(30));
        Peer.connect(alice, bob);
        java.time.Instant at = alice.contact(bob).orElseThrow().keys().generatedAt();
        assertTrue(at.isAfter(java.time.Instant.now().plus(Duration.ofDays(29))), at.toString());
    }

    static List<io.linnet.chat.store.OutboxEntry> pending(Peer from, Peer to) {
        return from.db.read(tx -> tx.outbox().pendingFor(to.address()));
    }

    static List<MessageState> states(Peer p, MessageKey k) {
        return p.log.of(EngineEvent.MessageStateChanged.class).stream().filter(e -> e.key().equals(k))
                .map(EngineEvent.MessageStateChanged::state).toList();
    }
}
