package io.linnet.chat.core;

import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.OutboxEntry;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.stream.StreamMessage;

/**
 * Queues a plain StreamMessage for delivery inside the caller's transaction, so the history row and its
 * outbox entry commit together, before any network attempt. After the commit the pump is woken.
 * Stateless; call on the engine thread.
 */
public final class OutboxQueue {
    private OutboxQueue() {}

    /**
     * Queues {@code plain} to its recipient. Queuing the same (recipient, id) again replaces the earlier
     * entry, which is what nick and avatar updates want.
     *
     * @param message the history row it delivers, or {@code null}
     */
    public static OutboxEntry enqueue(EngineContext ctx, Transaction tx, StreamMessage plain, MessageKey message) {
        OutboxEntry e = tx.outbox().enqueue(plain.recipient(), plain.id(), message, Envelopes.toPayload(plain), ctx.now());
        tx.afterCommit(ctx.kickOutbox());
        return e;
    }
}
