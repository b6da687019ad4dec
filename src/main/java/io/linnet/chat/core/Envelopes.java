package io.linnet.chat.core;

import io.linnet.chat.store.Contact;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.crypto.RsaPublicKey;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.ixian.stream.StreamMessageCrypto;
import io.linnet.ixian.stream.StreamMessageForm;
import java.util.Optional;

/**
 * Building and sealing the StreamMessages the engine sends. A message is built in plain form with the
 * encryption it must travel under, stored like that in the outbox (the outbox itself is encrypted at rest),
 * and sealed only at each attempt with the keys the contact has then:
 *
 * <ul>
 *   <li>{@code none} (requestAdd2 only): signed with our wallet key;
 *   <li>{@code rsa2} (acceptAdd2, keys2, handshake receipts, anything before pair keys exist): encrypted to
 *       the contact's RSA key, then signed;
 *   <li>{@code spixi2} (everything else): encrypted with the pair keys, not signed (the AEAD authenticates).
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class Envelopes {
    /** Protocol version of everything Linnet sends (Ixian's v1 layout). */
    public static final int VERSION = 1;

    private Envelopes() {}

    /** A new plain message to {@code to}. */
    public static StreamMessage plain(EngineContext ctx, Address to, Bytes id, SpixiMessage body,
            StreamMessageCode type, EncryptionCode encryption, boolean requireReceipt) {
        return StreamMessage.builder(VERSION, ctx.transport().networkTime())
                .id(id).type(type).encryptionType(encryption)
                .sender(ctx.self().address()).recipient(to.withoutPublicKey())
                .data(Bytes.of(body.encode())).requireRcvConfirmation(requireReceipt).build();
    }

    /** The outbox form of a plain message. */
    public static Bytes toPayload(StreamMessage plain) {
        return Bytes.of(plain.encode(StreamMessageForm.STORAGE));
    }

    /** A plain message back from its outbox form. */
    public static StreamMessage fromPayload(Bytes payload) throws ProtocolException {
        return StreamMessage.decode(payload.toByteArray(), StreamMessageForm.STORAGE);
    }

    /** The message sealed for the wire, or empty while the keys it needs are missing. */
    public static Optional<StreamMessage> seal(StreamMessage plain, Contact contact, RsaPrivateKey own) {
        return switch (plain.encryptionType()) {
            case NONE -> Optional.of(StreamMessageCrypto.sign(plain, own));
            case RSA2 -> publicKey(contact).map(k -> StreamMessageCrypto.sign(StreamMessageCrypto.encrypt(plain, k), own));
            case SPIXI2 -> pairKeys(contact).map(k -> StreamMessageCrypto.encrypt(plain, k));
            case RSA, SPIXI1 -> Optional.empty();
        };
    }

    /** The contact's RSA key, if known and valid. */
    public static Optional<RsaPublicKey> publicKey(Contact contact) {
        if (contact == null || contact.publicKey().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RsaPublicKey.fromIxianBytes(contact.publicKey().toByteArray()));
        } catch (ProtocolException e) {
            return Optional.empty();
        }
    }

    /** The pair keys agreed with the contact, if both halves exist. */
    public static Optional<PairKeys> pairKeys(Contact contact) {
        if (contact == null || contact.keys().aesKey().length() != PairKeys.KEY_BYTES
                || contact.keys().chachaKey().length() != PairKeys.KEY_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new PairKeys(contact.keys().aesKey().toByteArray(), contact.keys().chachaKey().toByteArray()));
    }
}
