package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.StreamCapabilities;
import io.linnet.ixian.stream.StreamMessageCode;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Read receipts: one "read up to" marker between Linnet peers, one msgRead per message to Spixi. */
class ReadReceiptTest extends TwoPeerTestBase {
    /** Three messages from alice delivered to bob; then alice goes offline so bob's receipts wait in his outbox. */
    List<StoredMessage> threeDeliveredThenAliceOffline() {
        List<StoredMessage> sent = List.of(Peer.await(alice.engine.sendText(bob.address(), "one")),
                Peer.await(alice.engine.sendText(bob.address(), "two")), Peer.await(alice.engine.sendText(bob.address(), "three")));
        Wait.until(() -> sent.stream().allMatch(m -> ChatEngineTest.state(alice, m.key()) == MessageState.DELIVERED), "delivered");
        Wait.until(() -> bob.db.read(tx -> tx.outbox().pendingFor(alice.address())).isEmpty(), "bob's outbox drained");
        net.setOnline(alice.address(), false);
        return sent;
    }

    List<SpixiMessage> bobsQueuedReceipts() {
        return bob.queuedTo(alice);
    }

    void allReadAtAlice(List<StoredMessage> sent) {
        net.setOnline(alice.address(), true);
        Wait.until(() -> sent.stream().allMatch(m -> ChatEngineTest.state(alice, m.key()) == MessageState.READ), "all read");
        for (StoredMessage m : sent) {
            assertTrue(alice.log.of(EngineEvent.MessageStateChanged.class).stream()
                    .anyMatch(e -> e.key().equals(m.key()) && e.state() == MessageState.READ), m.body());
        }
        Wait.until(() -> bob.db.read(tx -> tx.outbox().pendingFor(alice.address())).isEmpty(), "receipts acknowledged");
    }

    @Test
    void linnetPeersSendOneReadUpToMarker() {
        List<StoredMessage> sent = threeDeliveredThenAliceOffline();
        assertEquals(3, Peer.await(bob.engine.markRead(alice.address())));
        List<SpixiMessage> queued = bobsQueuedReceipts();
        assertEquals(1, queued.size());
        assertEquals(LinnetWire.READ_UP_TO, queued.getFirst().type());
        assertEquals(sent.getLast().key().messageId(), queued.getFirst().data());
        allReadAtAlice(sent);
    }

    @Test
    void spixiPeersGetOneMsgReadPerMessage() {
        var asSpixi = bob.contact(alice).orElseThrow().withCapabilities(new StreamCapabilities(StreamCapabilities.OUTGOING));
        bob.db.useTransaction(tx -> tx.contacts().save(asSpixi));
        List<StoredMessage> sent = threeDeliveredThenAliceOffline();
        assertEquals(3, Peer.await(bob.engine.markRead(alice.address())));
        List<SpixiMessage> queued = bobsQueuedReceipts();
        assertEquals(3, queued.size());
        assertTrue(queued.stream().allMatch(s -> s.is(SpixiMessageCode.MSG_READ)));
        assertEquals(sent.stream().map(m -> m.key().messageId()).toList(), queued.stream().map(SpixiMessage::data).toList());
        allReadAtAlice(sent);
    }

    /** Alice's next message reaches bob; bob's receipts cannot reach her (she is offline for him). */
    StoredMessage oneMoreWhileBobCannotAnswer(String text, int atBob) {
        StoredMessage m = Peer.await(alice.engine.sendText(bob.address(), text));
        Wait.until(() -> bob.history(alice).size() == atBob, text + " at bob");
        return m;
    }

    void aliceOfflineForBob() {
        Wait.until(() -> bob.db.read(tx -> tx.outbox().pendingFor(alice.address())).isEmpty(), "bob's outbox drained");
        net.setOnline(alice.address(), false);
    }

    @Test
    void readMarkersWhileThePeerIsOfflineCoalesceIntoTheNewest() {
        aliceOfflineForBob();
        List<StoredMessage> sent = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            sent.add(oneMoreWhileBobCannotAnswer("m" + i, i));
            assertEquals(1, Peer.await(bob.engine.markRead(alice.address())));
            List<SpixiMessage> queued = bobsQueuedReceipts();
            assertEquals(1, queued.size(), "one marker waits after " + i + " marks");
            assertEquals(sent.getLast().key().messageId(), queued.getFirst().data(), "the newest marker wins");
        }
        net.setOnline(alice.address(), true);
        Wait.until(() -> sent.stream().allMatch(m -> ChatEngineTest.state(alice, m.key()) == MessageState.READ), "all read");
        Wait.until(() -> bob.db.read(tx -> tx.outbox().pendingFor(alice.address())).isEmpty(), "the marker acknowledged");
    }

    @Test
    void spixiReadReceiptsWaitingForAnOfflinePeerAreBounded() {
        var asSpixi = bob.contact(alice).orElseThrow().withCapabilities(new StreamCapabilities(StreamCapabilities.OUTGOING));
        bob.db.useTransaction(tx -> tx.contacts().save(asSpixi));
        aliceOfflineForBob();
        int kept = 50; // WaitingReceipts.SPIXI_READS_KEPT
        List<StoredMessage> sent = new java.util.ArrayList<>();
        for (int i = 1; i <= kept + 10; i++) {
            sent.add(Peer.await(alice.engine.sendText(bob.address(), "m" + i)));
        }
        Wait.until(() -> bob.history(alice).size() == kept + 10, "all at bob");
        assertEquals(kept + 10, Peer.await(bob.engine.markRead(alice.address())));
        assertEquals(kept, bobsQueuedReceipts().size());
        sent.add(oneMoreWhileBobCannotAnswer("one more", kept + 11));
        assertEquals(1, Peer.await(bob.engine.markRead(alice.address())));
        List<SpixiMessage> queued = bobsQueuedReceipts();
        assertEquals(kept, queued.size(), "still bounded");
        assertTrue(queued.stream().allMatch(q -> q.is(SpixiMessageCode.MSG_READ)));
        assertEquals(sent.subList(sent.size() - kept, sent.size()).stream().map(m -> m.key().messageId()).toList(),
                queued.stream().map(SpixiMessage::data).toList(), "the newest are kept, in order");
        net.setOnline(alice.address(), true);
        Wait.until(() -> ChatEngineTest.state(alice, sent.getLast().key()) == MessageState.READ, "the newest read");
        Wait.until(() -> bob.db.read(tx -> tx.outbox().pendingFor(alice.address())).isEmpty(), "receipts acknowledged");
    }

    @Test
    void aMarkerLeavesMessagesThatNeverArrivedAlone() {
        StoredMessage first = Peer.await(alice.engine.sendText(bob.address(), "delivered"));
        Wait.until(() -> ChatEngineTest.state(alice, first.key()) == MessageState.DELIVERED, "delivered");
        // the next data message alice sends is dropped every time until the drop is lifted
        AtomicReference<Bytes> victim = new AtomicReference<>();
        net.drop = m -> m.sender().equals(alice.address()) && m.type() == StreamMessageCode.DATA
                && (victim.compareAndSet(null, m.id()) || m.id().equals(victim.get()));
        StoredMessage lost = Peer.await(alice.engine.sendText(bob.address(), "lost for now"));
        Wait.until(() -> victim.get() != null, "the first drop");
        assertEquals(lost.key().messageId(), victim.get());
        StoredMessage third = Peer.await(alice.engine.sendText(bob.address(), "third"));
        Wait.until(() -> bob.history(alice).size() == 2, "two at bob");
        assertEquals(2, Peer.await(bob.engine.markRead(alice.address())));
        Wait.until(() -> ChatEngineTest.state(alice, third.key()) == MessageState.READ, "third read");
        Wait.until(() -> ChatEngineTest.state(alice, first.key()) == MessageState.READ, "first read by the marker");
        assertEquals(MessageState.SENDING, ChatEngineTest.state(alice, lost.key()));
        net.drop = m -> false;
        Wait.until(() -> ChatEngineTest.state(alice, lost.key()) == MessageState.DELIVERED, "the lost one delivered, not read");
    }
}
