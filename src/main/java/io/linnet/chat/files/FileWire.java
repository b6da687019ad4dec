package io.linnet.chat.files;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.OutboxQueue;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;

/**
 * How transfer messages leave: packets and packet requests go straight to the network, unacknowledged and
 * never queued (the receiver's re-request after a quiet spell repairs a loss, as in Spixi); offers,
 * acceptances, completions and cancels go through the outbox and wait for a receipt. Stateless.
 */
final class FileWire {
    private FileWire() {}

    static SpixiMessage message(SpixiMessageCode code, byte[] payload) {
        return SpixiMessage.of(code, Bytes.of(payload));
    }

    /** Sends once, now; lost if the contact cannot be reached. */
    static void direct(EngineContext ctx, Contact c, SpixiMessage body) {
        StreamMessage plain = Envelopes.plain(ctx, c.address(), StreamMessage.randomId(), body, StreamMessageCode.DATA,
                EncryptionCode.SPIXI2, false);
        Envelopes.seal(plain, c, ctx.self().key()).ifPresent(ctx.transport()::send);
    }

    /** Queues in the caller's transaction, to be repeated until acknowledged. */
    static void queue(EngineContext ctx, Transaction tx, Contact c, SpixiMessage body) {
        StreamMessage plain = Envelopes.plain(ctx, c.address(), StreamMessage.randomId(), body, StreamMessageCode.DATA,
                EncryptionCode.SPIXI2, true);
        OutboxQueue.enqueue(ctx, tx, plain, null);
    }

    /** An approved contact with pair keys, or a {@link ChatException}. */
    static Contact established(Transaction tx, Address who) {
        Contact c = tx.contacts().find(who.withoutPublicKey()).orElseThrow(() -> new ChatException("unknown contact " + who));
        if (c.state() != ContactState.APPROVED || !c.keys().present()) {
            throw new ChatException(c.displayName() + " is not an established contact yet");
        }
        return c;
    }

    /** The author's time, unless it lies in the future (then ours). */
    static java.time.Instant sentAt(StreamMessage m, java.time.Instant now) {
        java.time.Instant t = java.time.Instant.ofEpochSecond(m.timestamp());
        return t.isAfter(now) ? now : t;
    }
}
