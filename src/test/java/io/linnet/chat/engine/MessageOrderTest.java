package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.core.Envelopes;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.wire.ChatPayload;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.StreamCapabilities;
import io.linnet.ixian.stream.StreamMessageCode;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A peer's messages show in the order the peer wrote them, also when they were written within one second
 * (the StreamMessage timestamp has whole seconds only), an earlier one reaches the receiver only after a
 * retry, or the sender restarts with its clock stepped back.
 */
class MessageOrderTest extends TwoPeerTestBase {
    /** One frozen network instant, in the past so the receiver never takes it for a clock running ahead. */
    static final Instant FROZEN = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS).plusMillis(250);

    static List<String> bodies(List<StoredMessage> history) {
        return history.stream().map(StoredMessage::body).toList();
    }

    @Test
    void messagesOfOneSecondKeepTheirOrderWhenTheFirstArrivesOnlyAfterARetry() {
        net.time = InstantSource.fixed(FROZEN);
        AtomicReference<Bytes> victim = new AtomicReference<>();
        net.drop = m -> m.sender().equals(alice.address()) && m.type() == StreamMessageCode.DATA
                && (victim.compareAndSet(null, m.id()) || m.id().equals(victim.get()));
        StoredMessage one = Peer.await(alice.engine.sendText(bob.address(), "one"));
        Wait.until(() -> victim.get() != null, "the first attempt dropped");
        Peer.await(alice.engine.sendText(bob.address(), "two"));
        Peer.await(alice.engine.sendText(bob.address(), "three"));
        Wait.until(() -> bob.history(alice).size() == 2, "two and three at bob");
        assertEquals(List.of("two", "three"), bodies(bob.history(alice)));

        net.drop = m -> false;
        Wait.until(() -> bob.history(alice).size() == 3, "one, retried");
        assertEquals(List.of("one", "two", "three"), bodies(bob.history(alice)));
        assertEquals(List.of("one", "two", "three"), bodies(alice.history(bob)));
        assertEquals(one.key().messageId(), victim.get());
        long seconds = net.sentFrom(alice.address()).stream().filter(m -> m.type() == StreamMessageCode.DATA)
                .map(m -> m.timestamp()).distinct().count();
        assertEquals(1, seconds, "all three carry the same whole-second wire timestamp");
    }

    @Test
    void aRestartedSenderWhoseClockSteppedBackStillWritesAfterItsLastMessage() {
        net.time = InstantSource.fixed(FROZEN);
        Peer.await(alice.engine.sendText(bob.address(), "before the restart"));
        Wait.until(() -> bob.history(alice).size() == 1, "the first message");
        alice.close();
        net.time = InstantSource.fixed(FROZEN.minusSeconds(5));
        alice = new Peer(IDS.get(0), alice.db, net.transport(IDS.get(0).address()), Peer.FAST);
        StoredMessage after = Peer.await(alice.engine.sendText(bob.address(), "after the restart"));
        assertEquals(FROZEN.plusMillis(1), after.sentAt(), "one millisecond after the newest message");
        Wait.until(() -> bob.history(alice).size() == 2, "the second message");
        assertEquals(List.of("before the restart", "after the restart"), bodies(bob.history(alice)));
        assertEquals(List.of("before the restart", "after the restart"), bodies(alice.history(bob)));
    }

    @Test
    void theLastOfTwoEditsWithinOneSecondWinsAtTheReceiver() {
        StoredMessage m = Peer.await(alice.engine.sendText(bob.address(), "draft"));
        Wait.until(() -> bob.history(alice).size() == 1, "the message at bob");
        net.time = InstantSource.fixed(FROZEN);
        Peer.await(alice.engine.edit(m.key(), "first edit"));
        Peer.await(alice.engine.edit(m.key(), "second edit"));
        Wait.until(() -> alice.db.read(tx -> tx.outbox().pendingFor(bob.address())).isEmpty(), "both edits acknowledged");
        assertEquals("second edit", alice.history(bob).getFirst().body());
        assertEquals("second edit", bob.history(alice).getFirst().body());
    }

    @Test
    void linnetContactsGetTheMillisecondTimeSpixiContactsAPlainChat() throws Exception {
        net.setOnline(bob.address(), false);
        StoredMessage first = Peer.await(alice.engine.sendText(bob.address(), "to linnet"));
        StoredMessage quoting = Peer.await(alice.engine.reply(bob.address(), first.key().messageId(), "quoting"));
        List<SpixiMessage> queued = alice.queuedTo(bob);
        assertEquals(List.of(LinnetWire.CHAT_ORDERED, LinnetWire.CHAT_ORDERED), queued.stream().map(SpixiMessage::type).toList());
        ChatPayload p = ChatPayload.decode(queued.get(1).data().toByteArray());
        assertEquals(new ChatPayload(quoting.sentAt().toEpochMilli(), first.key().messageId(), "quoting"), p);
        assertTrue(quoting.sentAt().isAfter(first.sentAt()));
        long wireSeconds = Envelopes.fromPayload(alice.db.read(tx -> tx.outbox().pendingFor(bob.address())).get(1).payload()).timestamp();
        assertEquals(quoting.sentAt().getEpochSecond(), wireSeconds);

        var asSpixi = alice.contact(bob).orElseThrow().withCapabilities(new StreamCapabilities(StreamCapabilities.OUTGOING));
        alice.db.useTransaction(tx -> tx.contacts().save(asSpixi));
        Peer.await(alice.engine.reply(bob.address(), first.key().messageId(), "to spixi"));
        SpixiMessage plain = alice.queuedTo(bob).getLast();
        assertTrue(plain.is(SpixiMessageCode.CHAT));
        assertEquals(Bytes.utf8("to spixi"), plain.data());

        net.setOnline(bob.address(), true);
        Wait.until(() -> bob.history(alice).size() == 3, "all three at bob");
        StoredMessage atBob = bob.engine.message(new io.linnet.chat.store.MessageKey(alice.address(), quoting.key().messageId())).orElseThrow();
        assertEquals(quoting.sentAt(), atBob.sentAt(), "bob orders by alice's millisecond time");
        assertEquals(first.key().messageId(), atBob.replyTo());
        StoredMessage plainAtBob = bob.history(alice).stream().filter(m -> m.body().equals("to spixi")).findFirst().orElseThrow();
        assertEquals(0, plainAtBob.sentAt().getNano(), "a plain chat has the whole-second wire time only");
        assertTrue(plainAtBob.replyTo().isEmpty());
    }
}
