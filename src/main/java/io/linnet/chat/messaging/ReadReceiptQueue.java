package io.linnet.chat.messaging;

import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.OutboxQueue;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.OutboxEntry;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Queues the read receipts for messages just marked read, without letting them pile up while the contact
 * is offline: a contact running Linnet gets one "read up to" marker ({@link LinnetWire#READ_UP_TO}) and a
 * newer marker replaces any still waiting (it covers what they covered); a Spixi contact gets one
 * {@code msgRead} per message (Spixi marks only the message named), at most
 * {@value #SPIXI_RECEIPTS_KEPT} waiting at a time, the newest kept. Engine thread, inside the caller's
 * transaction.
 */
final class ReadReceiptQueue {
    /** Most {@code msgRead} receipts waiting for one Spixi contact; older ones are dropped for newer ones. */
    static final int SPIXI_RECEIPTS_KEPT = 50;

    private ReadReceiptQueue() {}

    /** Queues receipts for {@code ids} (oldest first), all now read, to {@code c}. */
    static void queue(EngineContext ctx, Transaction tx, Contact c, List<Bytes> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (LinnetWire.supportsExtensions(c.capabilities())) {
            waiting(tx, c, LinnetWire.READ_UP_TO).forEach(e -> tx.outbox().remove(e.id()));
            enqueue(ctx, tx, c, new SpixiMessage(LinnetWire.READ_UP_TO, ids.getLast(), 0, null, null));
            return;
        }
        for (Bytes id : ids.subList(Math.max(0, ids.size() - SPIXI_RECEIPTS_KEPT), ids.size())) {
            enqueue(ctx, tx, c, SpixiMessage.of(SpixiMessageCode.MSG_READ, id));
        }
        List<OutboxEntry> reads = waiting(tx, c, SpixiMessageCode.MSG_READ.number());
        reads.subList(0, Math.max(0, reads.size() - SPIXI_RECEIPTS_KEPT)).forEach(e -> tx.outbox().remove(e.id()));
    }

    private static void enqueue(EngineContext ctx, Transaction tx, Contact c, SpixiMessage body) {
        StreamMessage plain = Envelopes.plain(ctx, c.address(), StreamMessage.randomId(), body, StreamMessageCode.INFO,
                EncryptionCode.SPIXI2, true);
        OutboxQueue.enqueue(ctx, tx, plain, null);
    }

    /** The pending receipts of SpixiMessage type {@code type} to {@code c}, in queue order. */
    private static List<OutboxEntry> waiting(Transaction tx, Contact c, int type) {
        List<OutboxEntry> out = new ArrayList<>();
        for (OutboxEntry e : tx.outbox().pendingFor(c.address())) {
            if (e.message() == null && typeOf(e) == type) {
                out.add(e);
            }
        }
        return out;
    }

    private static int typeOf(OutboxEntry e) {
        try {
            return SpixiMessage.decode(Envelopes.fromPayload(e.payload()).data().toByteArray()).type();
        } catch (ProtocolException x) {
            return -1;
        }
    }
}
