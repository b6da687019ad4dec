package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.Group;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.StreamCapabilities;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Group read receipts waiting for a hop that cannot be reached do not pile up: at most one read-up-to
 * marker per author, hop and group (also the markers an owner passes on, one per reader), a bounded number
 * of {@code msgRead}s to a Spixi hop, and a direct conversation's receipts and a group's never replace each
 * other.
 */
class GroupReadQueueTest extends CrewTest {
    static final int ROUNDS = 5;

    /** The read receipts {@code from} has waiting for {@code to} in {@code group} ({@code null}: the direct chat). */
    static List<SpixiMessage> reads(Peer from, Peer to, Address group) {
        return from.queuedTo(to).stream()
                .filter(s -> s.type() == LinnetWire.READ_UP_TO || s.is(SpixiMessageCode.MSG_READ))
                .filter(s -> java.util.Objects.equals(s.groupAddress(), group)).toList();
    }

    static StoredMessage sendAndAwait(Peer author, Group g, String text, Peer... readers) {
        StoredMessage m = Peer.await(author.engine.sendText(g.address(), text));
        for (Peer r : readers) {
            Wait.until(() -> Crew.history(r, g.address()).stream().anyMatch(h -> h.key().equals(m.key())), text + " at a reader");
        }
        return m;
    }

    /** A privacy-mode group of an owner and three members in which nothing {@code from} sends reaches {@code to}. */
    Group hiddenGroupCut(int from, int to) {
        crew = new Crew(TestIdentities.identities(4)).connect(false);
        Group g = crew.group("hidden", true, List.of());
        Address cutFrom = crew.get(from).address();
        Address cutTo = crew.get(to).address();
        crew.net.drop = m -> m.sender().equals(cutFrom) && m.recipient().equals(cutTo);
        return g;
    }

    static Bytes id(StoredMessage m) {
        return m.key().messageId();
    }

    @Test
    void aMembersMarkersToAnOfflineAuthorCoalesceIntoTheNewest() {
        crew = new Crew(TestIdentities.identities(3)).connect(true);
        Group g = crew.group("team", false, List.of());
        crew.net.setOnline(bob().address(), false); // carol's receipts cannot reach bob; bob still writes
        List<StoredMessage> sent = new ArrayList<>();
        for (int i = 1; i <= ROUNDS; i++) {
            sent.add(sendAndAwait(bob(), g, "m" + i, carol(), owner()));
            assertEquals(1, Peer.await(carol().engine.markRead(g.address())));
            List<SpixiMessage> waiting = reads(carol(), bob(), g.address());
            assertEquals(1, waiting.size(), "one marker waits after " + i + " reads");
            assertEquals(LinnetWire.READ_UP_TO, waiting.getFirst().type());
            assertEquals(id(sent.getLast()), waiting.getFirst().data(), "the newest marker wins");
        }
        Peer.await(owner().engine.markRead(g.address()));
        crew.net.setOnline(bob().address(), true);
        Wait.until(() -> sent.stream().allMatch(m -> ChatEngineTest.state(bob(), m.key()) == MessageState.READ), "all read");
        Wait.until(() -> reads(carol(), bob(), g.address()).isEmpty(), "the marker acknowledged");
    }

    @Test
    void markersThroughAnUnreachableOwnerKeepOnePerAuthor() {
        Group g = hiddenGroupCut(3, 0); // nothing dave sends reaches the owner, while everything else flows
        StoredMessage lastOfBob = null;
        StoredMessage lastOfCarol = null;
        for (int i = 1; i <= ROUNDS; i++) {
            lastOfBob = sendAndAwait(bob(), g, "bob " + i, dave());
            lastOfCarol = sendAndAwait(carol(), g, "carol " + i, dave());
            assertEquals(2, Peer.await(dave().engine.markRead(g.address())));
            List<SpixiMessage> waiting = reads(dave(), owner(), g.address());
            assertEquals(2, waiting.size(), "one marker per author after " + i + " reads: " + waiting);
            assertEquals(Set.of(id(lastOfBob), id(lastOfCarol)), waiting.stream().map(SpixiMessage::data).collect(Collectors.toSet()));
        }
        crew.net.drop = m -> false;
        StoredMessage b = lastOfBob;
        StoredMessage c = lastOfCarol;
        Wait.until(() -> reads(dave(), owner(), g.address()).isEmpty(), "the markers acknowledged");
        Wait.until(() -> bob().db.read(tx -> tx.receipts().count(b.key(), io.linnet.chat.store.ReceiptKind.READ)) == 1
                && carol().db.read(tx -> tx.receipts().count(c.key(), io.linnet.chat.store.ReceiptKind.READ)) == 1,
                "the authors learn dave read them");
    }

    @Test
    void theOwnerKeepsOneMarkerPerReaderForAnUnreachableAuthor() {
        Group g = hiddenGroupCut(0, 1); // nothing the owner sends reaches bob, the author; bob's messages reach the owner
        StoredMessage last = null;
        for (int i = 1; i <= ROUNDS; i++) {
            StoredMessage m = sendAndAwait(bob(), g, "bob " + i, carol(), dave());
            last = m;
            Peer.await(carol().engine.markRead(g.address()));
            Peer.await(dave().engine.markRead(g.address()));
            Wait.until(() -> reads(owner(), bob(), g.address()).size() == 2
                    && reads(owner(), bob(), g.address()).stream().allMatch(s -> s.data().equals(id(m))),
                    "carol's and dave's newest markers wait at the owner after round " + i);
        }
        Wait.until(() -> carol().queuedTo(owner()).isEmpty() && dave().queuedTo(owner()).isEmpty(), "the members' markers delivered");
        List<SpixiMessage> waiting = reads(owner(), bob(), g.address());
        assertEquals(2, waiting.size(), waiting.toString());
        assertEquals(2, waiting.stream().map(SpixiMessage::groupSenderAddress).distinct().count(), "one per reader");
        Peer.await(owner().engine.markRead(g.address()));
        crew.net.drop = m -> false;
        StoredMessage newest = last;
        Wait.until(() -> ChatEngineTest.state(bob(), newest.key()) == MessageState.READ, "read by both");
        Wait.until(() -> reads(owner(), bob(), g.address()).isEmpty(), "the markers acknowledged");
    }

    @Test
    void msgReadsToASpixiAuthorAreBounded() {
        crew = new Crew(TestIdentities.identities(3)).connect(true);
        Group g = crew.group("team", false, List.of());
        var asSpixi = carol().contact(bob()).orElseThrow().withCapabilities(new StreamCapabilities(StreamCapabilities.OUTGOING));
        carol().db.useTransaction(tx -> tx.contacts().save(asSpixi));
        crew.net.setOnline(bob().address(), false);
        int kept = 50; // WaitingReceipts.SPIXI_READS_KEPT
        List<StoredMessage> sent = new ArrayList<>();
        for (int i = 1; i <= kept + 10; i++) {
            sent.add(Peer.await(bob().engine.sendText(g.address(), "m" + i)));
        }
        Wait.until(() -> Crew.history(carol(), g.address()).size() == kept + 10, "all at carol");
        assertEquals(kept + 10, Peer.await(carol().engine.markRead(g.address())));
        assertEquals(kept, reads(carol(), bob(), g.address()).size());
        sent.add(sendAndAwait(bob(), g, "one more", carol()));
        assertEquals(1, Peer.await(carol().engine.markRead(g.address())));
        List<SpixiMessage> waiting = reads(carol(), bob(), g.address());
        assertEquals(kept, waiting.size(), "still bounded");
        assertTrue(waiting.stream().allMatch(s -> s.is(SpixiMessageCode.MSG_READ)));
        assertEquals(sent.subList(sent.size() - kept, sent.size()).stream().map(GroupReadQueueTest::id).toList(),
                waiting.stream().map(SpixiMessage::data).toList(), "the newest are kept, in order");
    }

    @Test
    void directAndGroupReceiptsToOnePeerNeverReplaceEachOther() {
        crew = new Crew(TestIdentities.identities(3)).connect(true);
        Group g = crew.group("team", false, List.of());
        crew.net.setOnline(bob().address(), false);
        for (int i = 1; i <= 3; i++) {
            StoredMessage inGroup = sendAndAwait(bob(), g, "group " + i, carol());
            StoredMessage direct = Peer.await(bob().engine.sendText(carol().address(), "direct " + i));
            Wait.until(() -> carol().history(bob()).stream().anyMatch(h -> h.key().messageId().equals(id(direct))), "direct at carol");
            Peer.await(carol().engine.markRead(g.address()));
            Peer.await(carol().engine.markRead(bob().address()));
            assertEquals(List.of(id(inGroup)), reads(carol(), bob(), g.address()).stream().map(SpixiMessage::data).toList(),
                    "the group's marker survives the direct one");
            assertEquals(List.of(direct.key().messageId()), reads(carol(), bob(), null).stream().map(SpixiMessage::data).toList(),
                    "the direct marker survives the group's");
        }
    }
}
