package io.linnet.chat.core;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Identity;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.ReservedMessageId;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;

/**
 * Our nickname and avatar as contacts see them: queued (ids {5} and {6}, spixi2) to a contact once its
 * handshake completes and to every established contact when they change. Re-queuing replaces the earlier
 * copy, so only the newest profile travels. Stateless; engine thread.
 */
public final class Profiles {
    private Profiles() {}

    /** Queues our nick and (if set) avatar to {@code contact}. */
    public static void queueTo(EngineContext ctx, Transaction tx, Contact contact) {
        Identity me = tx.identity().find().orElse(null);
        if (me == null) {
            return;
        }
        StreamMessage nick = Envelopes.plain(ctx, contact.address(), ReservedMessageId.NICK.id(),
                SpixiMessage.of(SpixiMessageCode.NICK, Bytes.utf8(me.nickname())), StreamMessageCode.INFO,
                EncryptionCode.SPIXI2, true);
        enqueue(ctx, tx, nick);
        if (!me.avatar().isEmpty()) {
            StreamMessage avatar = Envelopes.plain(ctx, contact.address(), ReservedMessageId.AVATAR.id(),
                    SpixiMessage.of(SpixiMessageCode.AVATAR, me.avatar()), StreamMessageCode.INFO,
                    EncryptionCode.SPIXI2, true);
            enqueue(ctx, tx, avatar);
        }
    }

    private static void enqueue(EngineContext ctx, Transaction tx, StreamMessage plain) {
        OutboxQueue.enqueue(ctx, tx, plain, null);
    }
}
