package io.linnet.chat.messaging;

import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.OutboxQueue;
import io.linnet.chat.core.WaitingReceipts;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.util.List;

/**
 * Queues the read receipts for messages just marked read, without letting them pile up while the contact
 * is offline: a contact running Linnet gets one "read up to" marker ({@link LinnetWire#READ_UP_TO}) and a
 * newer marker replaces any still waiting (it covers what they covered); a Spixi contact gets one
 * {@code msgRead} per message (Spixi marks only the message named), at most
 * {@value WaitingReceipts#SPIXI_READS_KEPT} waiting at a time, the newest kept. Receipts of group
 * conversations waiting for the same contact are left alone. Engine thread, inside the caller's transaction.
 */
final class ReadReceiptQueue {
    private ReadReceiptQueue() {}

    /** Queues receipts for {@code ids} (oldest first), all now read, to {@code c}. */
    static void queue(EngineContext ctx, Transaction tx, Contact c, List<Bytes> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (LinnetWire.supportsExtensions(c.capabilities())) {
            WaitingReceipts.remove(tx, WaitingReceipts.ofType(WaitingReceipts.to(tx, c.address(), null), LinnetWire.READ_UP_TO));
            enqueue(ctx, tx, c, new SpixiMessage(LinnetWire.READ_UP_TO, ids.getLast(), 0, null, null));
            return;
        }
        int kept = WaitingReceipts.SPIXI_READS_KEPT;
        for (Bytes id : ids.subList(Math.max(0, ids.size() - kept), ids.size())) {
            enqueue(ctx, tx, c, SpixiMessage.of(SpixiMessageCode.MSG_READ, id));
        }
        List<WaitingReceipts.Waiting> reads = WaitingReceipts.ofType(WaitingReceipts.to(tx, c.address(), null),
                SpixiMessageCode.MSG_READ.number());
        WaitingReceipts.keepNewest(tx, reads, kept);
    }

    private static void enqueue(EngineContext ctx, Transaction tx, Contact c, SpixiMessage body) {
        StreamMessage plain = Envelopes.plain(ctx, c.address(), StreamMessage.randomId(), body, StreamMessageCode.INFO,
                EncryptionCode.SPIXI2, true);
        OutboxQueue.enqueue(ctx, tx, plain, null);
    }
}
