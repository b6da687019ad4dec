package io.linnet.chat.engine;

import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.store.Backoff;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts what one group chat message costs on the wire: from sending it until it is read by every member
 * and every outbox is empty again — the message, its relays, every receipt and read marker and their
 * acknowledgements. {@link Count#messages()} counts each StreamMessage once, and an acknowledgement once
 * per message it acknowledges; {@link Count#sends()} counts every send, the outbox's repeats included.
 */
final class WireCensus {
    /** No retries while counting: the first attempt of every message gets through on this network. */
    static final EngineConfig PATIENT = EngineConfig.defaults().withTick(Duration.ofMillis(100))
            .withBackoff(new Backoff(Duration.ofSeconds(60), 2.0, Duration.ofMinutes(5)));

    private WireCensus() {}

    /** Ixian's cost (§6.8): (N−1) chats, (N−1)² receipts, (N−1)² reads and (N−1)³ receipts for the reads. */
    static long spixi(int members) {
        long n = members - 1L;
        return n + n * n + n * n + n * n * n;
    }

    /** What one message from {@code author} costs in {@code g}, everyone online and reading it. */
    static Count oneMessage(Crew crew, Group g, Peer author) {
        drained(crew);
        int mark = crew.net.sent.size();
        StoredMessage m = Peer.await(author.engine.sendText(g.address(), "counted"));
        Wait.until(Duration.ofSeconds(60), () -> ChatEngineTest.state(author, m.key()) == MessageState.DELIVERED, () -> "delivered");
        for (Peer p : crew.peers) {
            if (p != author) {
                Peer.await(p.engine.markRead(g.address()));
            }
        }
        Wait.until(Duration.ofSeconds(60), () -> ChatEngineTest.state(author, m.key()) == MessageState.READ, () -> "read");
        drained(crew);
        List<StreamMessage> sent = List.copyOf(crew.net.sent.subList(mark, crew.net.sent.size()));
        Set<String> distinct = new HashSet<>();
        for (StreamMessage s : sent) {
            distinct.add(key(crew, s));
        }
        return new Count(distinct.size(), sent.size());
    }

    /** What one message costs: distinct StreamMessages, and every send including the outbox's repeats. */
    record Count(long messages, long sends) {}

    /** A StreamMessage's identity; an acknowledgement is known by what it acknowledges (repeats get fresh ids). */
    private static String key(Crew crew, StreamMessage s) {
        Peer to = crew.peers.stream().filter(p -> p.address().equals(s.recipient())).findFirst().orElseThrow();
        String hop = s.sender() + ">" + s.recipient();
        return Forge.open(to, s).filter(x -> x.is(SpixiMessageCode.MSG_RECEIVED) && x.groupSenderAddress() == null)
                .map(x -> hop + " acknowledges " + x.data().toHex()).orElse(hop + " " + s.id().toHex());
    }

    /** Waits until no peer has anything left in its outbox; on time-out, says what is left where. */
    static void drained(Crew crew) {
        Wait.until(Duration.ofSeconds(120), () -> crew.peers.stream().allMatch(p -> p.db.read(tx -> tx.outbox().nextDue().isEmpty())),
                () -> "every outbox empty; left: " + left(crew));
    }

    /** Each peer's pending entries: recipient, what the message is, attempts. */
    private static String left(Crew crew) {
        StringBuilder b = new StringBuilder();
        for (Peer p : crew.peers) {
            for (Peer to : crew.peers) {
                for (var e : p.db.read(tx -> tx.outbox().pendingFor(to.address()))) {
                    String what;
                    try {
                        StreamMessage plain = io.linnet.chat.core.Envelopes.fromPayload(e.payload());
                        what = plain.type() + " " + io.linnet.ixian.spixi.SpixiMessage.decode(plain.data().toByteArray()).type();
                    } catch (io.linnet.ixian.ProtocolException | RuntimeException x) {
                        what = "unreadable";
                    }
                    b.append(String.format("%n  %s -> %s: %s %s, %d attempts, next %s", p.address().toString().substring(0, 8),
                            to.address().toString().substring(0, 8), e.streamId().toHex(), what, e.attempts(), e.nextAttemptAt()));
                }
            }
        }
        return b.toString();
    }
}
