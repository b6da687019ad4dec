package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static io.linnet.store.Fixtures.key;
import static io.linnet.store.Fixtures.outgoing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.Backoff;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.OutboxEntry;
import io.linnet.chat.store.OutboxState;
import io.linnet.chat.store.StoreException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxStoreTest {
    private final SqliteDatabase db = SqliteDatabase.inMemory();
    private final Address alice = address(1);
    private final Address bob = address(2);
    private final Address group = address(10);
    private final Clock clock = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);

    @AfterEach
    void close() {
        db.close();
    }

    /** What the engine does when the user sends: history row and outbox entry in one durable commit. */
    private OutboxEntry send(Address to, long n, Instant now) {
        return db.inTransaction(Durability.FULL, tx -> {
            tx.messages().insertOutgoing(io.linnet.chat.store.NewMessage.outgoing(key(to, n), "msg " + n, now));
            return tx.outbox().enqueue(to, Fixtures.id(n), key(to, n), Bytes.utf8("payload " + n), now);
        });
    }

    private MessageState state(MessageKey k) {
        return db.read(tx -> tx.messages().find(k)).orElseThrow().state();
    }

    @Test
    void enqueueStoresAPendingEntryDueAtOnceThatExpiresInFiveDays() {
        Instant now = clock.instant();
        OutboxEntry e = send(alice, 1, now);
        assertEquals(alice, e.recipient());
        assertEquals(Fixtures.id(1), e.streamId());
        assertEquals(key(alice, 1), e.message());
        assertEquals(Bytes.utf8("payload 1"), e.payload());
        assertEquals(OutboxState.PENDING, e.state());
        assertEquals(0, e.attempts());
        assertNull(e.lastAttemptAt());
        assertEquals(now, e.nextAttemptAt());
        assertEquals(now.plus(Duration.ofDays(5)), e.expiresAt());
        assertEquals(List.of(e), db.read(tx -> tx.outbox().due(now, 10)));
        assertEquals(now, db.read(tx -> tx.outbox().nextDue()).orElseThrow());
        assertEquals(e, db.read(tx -> tx.outbox().find(e.id())).orElseThrow());
    }

    @Test
    void dueListsEarliestFirstAndBackoffPushesEntriesBack() {
        Instant now = clock.instant();
        OutboxEntry first = send(alice, 1, now);
        OutboxEntry second = send(bob, 2, now);
        OutboxEntry third = send(alice, 3, now.plusSeconds(1));
        assertEquals(List.of(first, second), db.read(tx -> tx.outbox().due(now, 10)), "ties by queue order");
        assertEquals(List.of(first), db.read(tx -> tx.outbox().due(now, 1)));

        Backoff backoff = Backoff.DEFAULT;
        Instant next = backoff.nextAttempt(1, now);
        assertTrue(db.<Boolean>inTransaction(tx -> tx.outbox().recordAttempt(first.id(), now, next)));
        OutboxEntry tried = db.read(tx -> tx.outbox().find(first.id())).orElseThrow();
        assertEquals(1, tried.attempts());
        assertEquals(now, tried.lastAttemptAt());
        assertEquals(now.plusSeconds(5), tried.nextAttemptAt());

        assertEquals(List.of(second.id(), third.id()), ids(db.read(tx -> tx.outbox().due(now.plusSeconds(2), 10))));
        assertEquals(List.of(second.id(), third.id(), first.id()), ids(db.read(tx -> tx.outbox().due(now.plusSeconds(5), 10))));
        assertEquals(List.of(first.id(), third.id()), ids(db.read(tx -> tx.outbox().pendingFor(alice))));

        Instant again = backoff.nextAttempt(2, now.plusSeconds(5));
        db.useTransaction(tx -> tx.outbox().recordAttempt(first.id(), now.plusSeconds(5), again));
        assertEquals(now.plusSeconds(15), db.read(tx -> tx.outbox().find(first.id())).orElseThrow().nextAttemptAt());
        assertEquals(2, db.read(tx -> tx.outbox().find(first.id())).orElseThrow().attempts());
        assertFalse(db.<Boolean>inTransaction(tx -> tx.outbox().recordAttempt(999, now, now)));
    }

    @Test
    void sendableForLeavesOutWhatIsInFlight() {
        Instant now = clock.instant();
        OutboxEntry sent = send(alice, 1, now);
        OutboxEntry fresh = send(alice, 2, now);
        send(bob, 3, now);
        db.useTransaction(tx -> tx.outbox().recordAttempt(sent.id(), now, now.plusSeconds(5)));
        assertEquals(List.of(fresh.id()), ids(db.read(tx -> tx.outbox().sendableFor(alice, now.plusSeconds(1), now.minusSeconds(5)))),
                "attempted a second ago, not due: in flight");
        assertEquals(List.of(sent.id(), fresh.id()), ids(db.read(tx -> tx.outbox().sendableFor(alice, now.plusSeconds(1), now))),
                "attempted no later than the cut-off");
        assertEquals(List.of(sent.id(), fresh.id()), ids(db.read(tx -> tx.outbox().sendableFor(alice, now.plusSeconds(5),
                now.minusSeconds(5)))), "due again");
    }

    @Test
    void acknowledgementRemovesTheEntryOfThatRecipientOnly() {
        Instant now = clock.instant();
        db.useTransaction(tx -> {
            tx.messages().insertOutgoing(outgoing(group, 1, "to the group", 0));
            tx.outbox().enqueue(alice, Fixtures.id(1), key(group, 1), Bytes.utf8("copy for alice"), now);
            tx.outbox().enqueue(bob, Fixtures.id(1), key(group, 1), Bytes.utf8("copy for bob"), now);
        });
        assertTrue(db.<Boolean>inTransaction(tx -> tx.outbox().acknowledge(alice, Fixtures.id(1))));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.outbox().acknowledge(alice, Fixtures.id(1))));
        List<OutboxEntry> left = db.read(tx -> tx.outbox().due(now, 10));
        assertEquals(1, left.size());
        assertEquals(bob, left.getFirst().recipient());
        assertEquals(Bytes.utf8("copy for bob"), left.getFirst().payload());
        assertTrue(db.<Boolean>inTransaction(tx -> tx.outbox().remove(left.getFirst().id())));
        assertTrue(db.read(tx -> tx.outbox().nextDue()).isEmpty());
    }

    @Test
    void entriesExpireAfterFiveDaysAndTheUserCanRetry() {
        Instant sentAt = clock.instant();
        send(alice, 1, sentAt);
        send(alice, 2, sentAt);
        send(bob, 3, sentAt.plus(Duration.ofDays(1)));
        db.useTransaction(tx -> tx.messages().advanceState(key(alice, 2), MessageState.DELIVERED));

        Instant almost = sentAt.plus(Duration.ofDays(5)).minusMillis(1);
        assertTrue(db.inTransaction(tx -> tx.outbox().expire(almost)).isEmpty());
        assertEquals(MessageState.SENDING, state(key(alice, 1)));

        Instant fiveDays = Clock.offset(clock, Duration.ofDays(5)).instant();
        List<OutboxEntry> expired = db.inTransaction(tx -> tx.outbox().expire(fiveDays));
        assertEquals(List.of(key(alice, 1), key(alice, 2)), expired.stream().map(OutboxEntry::message).toList());
        assertEquals(MessageState.FAILED, state(key(alice, 1)), "visible failed state");
        assertEquals(MessageState.DELIVERED, state(key(alice, 2)), "a delivered message does not turn failed");
        assertEquals(MessageState.SENDING, state(key(bob, 3)), "younger entries stay");
        assertEquals(2, db.read(tx -> tx.outbox().failed()).size());
        assertEquals(List.of(key(bob, 3)), db.read(tx -> tx.outbox().due(fiveDays, 10)).stream().map(OutboxEntry::message).toList());
        assertTrue(db.inTransaction(tx -> tx.outbox().expire(fiveDays)).isEmpty(), "expiry happens once");

        Instant retryAt = fiveDays.plusSeconds(60);
        assertEquals(1, db.<Integer>inTransaction(tx -> tx.outbox().retry(key(alice, 1), retryAt)));
        assertEquals(MessageState.SENDING, state(key(alice, 1)));
        OutboxEntry revived = db.read(tx -> tx.outbox().pendingFor(alice)).getFirst();
        assertEquals(key(alice, 1), revived.message());
        assertEquals(0, revived.attempts());
        assertEquals(retryAt, revived.nextAttemptAt());
        assertEquals(retryAt.plus(OutboxEntry.LIFETIME), revived.expiresAt());
        assertEquals(0, db.<Integer>inTransaction(tx -> tx.outbox().retry(key(alice, 1), retryAt)), "nothing failed left");
        assertEquals(0, db.<Integer>inTransaction(tx -> tx.outbox().retry(key(alice, 99), retryAt)));
    }

    @Test
    void queuingTheSameStreamIdAgainReplacesAndRestarts() {
        Instant now = clock.instant();
        OutboxEntry e = send(alice, 1, now);
        db.useTransaction(tx -> tx.outbox().recordAttempt(e.id(), now, now.plusSeconds(5)));
        OutboxEntry again = db.inTransaction(tx -> tx.outbox().enqueue(alice, Fixtures.id(1), key(alice, 1),
                Bytes.utf8("re-encrypted"), now.plusSeconds(3)));
        assertEquals(Bytes.utf8("re-encrypted"), again.payload());
        assertEquals(0, again.attempts());
        assertEquals(now.plusSeconds(3), again.nextAttemptAt());
        assertEquals(1, db.read(tx -> tx.outbox().pendingFor(alice)).size());
    }

    @Test
    void entriesWithoutHistoryAndForUnknownMessages() {
        Instant now = clock.instant();
        OutboxEntry receipt = db.inTransaction(tx -> tx.outbox().enqueue(bob, Fixtures.id(50), null, Bytes.utf8("r"), now));
        assertNull(receipt.message());
        assertEquals(1, db.inTransaction(tx -> tx.outbox().expire(now.plus(OutboxEntry.LIFETIME))).size());
        assertThrows(StoreException.class, () -> db.useTransaction(
                tx -> tx.outbox().enqueue(bob, Fixtures.id(51), key(bob, 51), Bytes.utf8("r"), now)));
    }

    private static List<Long> ids(List<OutboxEntry> entries) {
        return entries.stream().map(OutboxEntry::id).toList();
    }
}
