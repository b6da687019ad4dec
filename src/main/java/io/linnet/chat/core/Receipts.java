package io.linnet.chat.core;

import io.linnet.chat.store.Contact;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.ReservedMessageId;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code msgReceived}: only after what it acknowledges is committed, straight to the network and not
 * queued (if it is lost, the sender's outbox repeats the message, the duplicate is recognised and
 * acknowledged again). Receipts for the handshake ids travel rsa2-signed because the peer may not have the
 * pair keys yet; all others spixi2. Stateless; engine thread.
 */
public final class Receipts {
    private static final Logger LOG = LoggerFactory.getLogger(Receipts.class);

    private Receipts() {}

    /** Acknowledges {@code id} to {@code contact}. */
    public static void sendReceived(EngineContext ctx, Contact contact, Bytes id, int channel) {
        sendReceived(ctx, contact, id, channel, null);
    }

    /**
     * Acknowledges {@code id} to {@code contact}; a group message's receipt carries its group address
     * ({@code null} for none), so the sender knows which conversation it is about.
     */
    public static void sendReceived(EngineContext ctx, Contact contact, Bytes id, int channel, Address group) {
        boolean handshake = ReservedMessageId.of(id).map(r -> r.ordinal() <= ReservedMessageId.KEYS.ordinal()).orElse(false);
        EncryptionCode enc = !handshake && Envelopes.pairKeys(contact).isPresent() ? EncryptionCode.SPIXI2 : EncryptionCode.RSA2;
        SpixiMessage body = new SpixiMessage(SpixiMessageCode.MSG_RECEIVED.number(), id, channel, group, null);
        StreamMessage plain = Envelopes.plain(ctx, contact.address(), StreamMessage.randomId(), body,
                StreamMessageCode.INFO, enc, false);
        Optional<StreamMessage> sealed = Envelopes.seal(plain, contact, ctx.self().key());
        if (sealed.isEmpty()) {
            LOG.debug("cannot acknowledge {} to {}: no key", id, contact.address());
            return;
        }
        ctx.transport().send(sealed.get());
    }
}
