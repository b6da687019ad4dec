package io.linnet.chat.groups;

import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.OutboxQueue;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.util.List;

/**
 * Fan-out: one group message becomes one spixi2 StreamMessage per next hop, all under the same stream id
 * (so every copy of a chat message has the message's id), each adapted to what the hop's app understands
 * ({@link PeerWire}). Queued copies go into the outbox inside the caller's transaction, with the history
 * row they deliver. Engine thread.
 */
final class GroupOutbox {
    private final EngineContext ctx;

    GroupOutbox(EngineContext ctx) {
        this.ctx = ctx;
    }

    /** Queues {@code s} to every hop; how many copies were queued. */
    int queue(Transaction tx, List<Contact> hops, SpixiMessage s, Bytes id, StreamMessageCode type, MessageKey history) {
        int n = 0;
        for (Contact hop : hops) {
            SpixiMessage body = PeerWire.forPeer(s, hop).orElse(null);
            if (body != null) {
                StreamMessage plain = Envelopes.plain(ctx, hop.address(), id, body, type, EncryptionCode.SPIXI2, true);
                OutboxQueue.enqueue(ctx, tx, plain, history);
                n++;
            }
        }
        return n;
    }

    /** Sends {@code s} once to every hop that has pair keys, without queuing or asking for a receipt (typing). */
    void sendNow(List<Contact> hops, SpixiMessage s) {
        Bytes id = StreamMessage.randomId();
        for (Contact hop : hops) {
            PeerWire.forPeer(s, hop).ifPresent(body -> {
                StreamMessage plain = Envelopes.plain(ctx, hop.address(), id, body, StreamMessageCode.INFO,
                        EncryptionCode.SPIXI2, false);
                Envelopes.seal(plain, hop, ctx.self().key()).ifPresent(ctx.transport()::send);
            });
        }
    }
}
