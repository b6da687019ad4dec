package io.linnet.chat.contacts;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.OutboxQueue;
import io.linnet.chat.core.Profiles;
import io.linnet.chat.core.Verdict;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactKeys;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.HandshakeSecrets;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.Ecdh;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.MlKem;
import io.linnet.ixian.crypto.PairKeyExchange;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.crypto.RsaPublicKey;
import io.linnet.ixian.spixi.AcceptAdd2Message;
import io.linnet.ixian.spixi.Keys2Message;
import io.linnet.ixian.spixi.RequestAdd2Message;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.DecryptedStreamMessage;
import io.linnet.ixian.stream.ReservedMessageId;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.ixian.stream.StreamMessageCrypto;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network side of the v1 handshake (§5.1, §5.3): requestAdd2 (none, signed with the key it carries),
 * acceptAdd2 (rsa2, signed with the key it carries), keys2 (rsa2, signed with the contact's key) and the
 * receipts for the handshake ids. Each handler verifies first, then changes state in one transaction;
 * a repeat of a step already taken is acknowledged again without changing anything. Engine thread.
 */
public final class HandshakeReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(HandshakeReceiver.class);
    private final EngineContext ctx;
    private final ContactRequests requests;

    public HandshakeReceiver(EngineContext ctx, ContactRequests requests) {
        this.ctx = ctx;
        this.requests = requests;
    }

    /** requestAdd2: a new request waits for the user; a mutual add is resolved by address order. */
    public Verdict onRequestAdd2(DecryptedStreamMessage d, SpixiMessage spixi) throws ProtocolException {
        StreamMessage m = d.message();
        if (m.encryptionType() != EncryptionCode.NONE) {
            return reject(m, "requestAdd2 must travel unencrypted");
        }
        RequestAdd2Message req = RequestAdd2Message.decode(spixi.data().toByteArray());
        RsaPublicKey key = ownedKey(m.sender(), req.publicKey());
        if (key == null || !StreamMessageCrypto.verify(d, key)) {
            return reject(m, "requestAdd2 not signed by the key it carries");
        }
        Address from = m.sender().withoutPublicKey();
        return ctx.db().inTransaction(tx -> {
            Contact c = tx.contacts().find(from).orElse(null);
            if (c == null || c.state() == ContactState.REMOVED) {
                Contact base = c == null ? Contact.of(from, ContactState.REQUEST_RECEIVED, ctx.now()) : c;
                Contact next = base.withState(ContactState.REQUEST_RECEIVED).withPublicKey(req.publicKey())
                        .withHandshakeStatus(HandshakeStatus.REQUESTED).withProtocolVersion(Math.min(req.maxProtocolVersion(), 1));
                tx.contacts().save(next);
                tx.contacts().acceptHandshakeTimestamp(from, m.timestamp());
                ctx.events().afterCommit(tx, new EngineEvent.ContactRequestReceived(next));
                LOG.info("contact request from {}", from);
                return Verdict.ACK;
            }
            switch (c.state()) {
                case REQUEST_SENT -> {
                    Contact next = c.withPublicKey(req.publicKey());
                    tx.contacts().save(next);
                    if (Arrays.compare(ctx.self().address().noChecksum(), from.noChecksum()) < 0
                            && tx.contacts().acceptHandshakeTimestamp(from, m.timestamp())) {
                        tx.outbox().acknowledge(from, ReservedMessageId.REQUEST_ADD.id());
                        requests.accept(tx, next);
                    }
                }
                case APPROVED -> {
                    if (c.handshakeStatus() == HandshakeStatus.ESTABLISHED && c.publicKey().equals(req.publicKey())
                            && tx.contacts().acceptHandshakeTimestamp(from, m.timestamp())) {
                        LOG.info("{} asks to re-key", from);
                        requests.accept(tx, c);
                    }
                }
                default -> { } // a repeat, or a declined requester: acknowledge so it stops, change nothing
            }
            return Verdict.ACK;
        });
    }

    /** acceptAdd2: we asked, they accepted; derive the pair keys and answer with keys2. */
    public Verdict onAcceptAdd2(DecryptedStreamMessage d, SpixiMessage spixi) throws ProtocolException {
        StreamMessage m = d.message();
        AcceptAdd2Message acc = AcceptAdd2Message.decode(spixi.data().toByteArray());
        RsaPublicKey key = ownedKey(m.sender(), acc.rsaPublicKey());
        if (key == null || !StreamMessageCrypto.verify(d, key)) {
            return reject(m, "acceptAdd2 not signed by the key it carries");
        }
        Address from = m.sender().withoutPublicKey();
        PairKeyExchange.InitiatorResult init = PairKeyExchange.initiate(acc.ecdhPublicKey().toByteArray(),
                acc.mlkemPublicKey().toByteArray(), acc.aesSalt().toByteArray());
        return ctx.db().inTransaction(tx -> {
            Contact c = tx.contacts().find(from).orElse(null);
            if (c == null) {
                return rejectInTx(m, "acceptAdd2 from a stranger");
            }
            boolean ours = c.state() == ContactState.REQUEST_SENT
                    || (c.state() == ContactState.APPROVED && c.handshakeStatus().code() <= HandshakeStatus.REQUESTED.code()
                            && !c.handshakeSecrets().present());
            if (!ours) {
                return c.state() == ContactState.APPROVED ? Verdict.ACK : rejectInTx(m, "acceptAdd2 we did not ask for");
            }
            tx.contacts().acceptHandshakeTimestamp(from, m.timestamp()); // the state above is the replay guard
            Contact next = c.withPublicKey(acc.rsaPublicKey()).withState(ContactState.APPROVED)
                    .withHandshakeStatus(HandshakeStatus.KEYS_SENT).withProtocolVersion(Math.min(acc.version(), 1))
                    .withCapabilities(acc.capabilities()).withHandshakeSecrets(HandshakeSecrets.NONE)
                    .withKeys(keys(init.keys()));
            tx.contacts().save(next);
            tx.outbox().acknowledge(from, ReservedMessageId.REQUEST_ADD.id());
            Keys2Message k2 = new Keys2Message(Bytes.of(init.ecdhPublicKey()), Bytes.of(init.mlKemCiphertext()),
                    Bytes.of(init.chachaSalt()), LinnetWire.OWN_CAPABILITIES);
            StreamMessage plain = Envelopes.plain(ctx, from, ReservedMessageId.KEYS.id(),
                    SpixiMessage.of(SpixiMessageCode.KEYS2, Bytes.of(k2.encode())), StreamMessageCode.INFO,
                    EncryptionCode.RSA2, true);
            OutboxQueue.enqueue(ctx, tx, plain, null);
            Profiles.queueTo(ctx, tx, next);
            ctx.events().afterCommit(tx, new EngineEvent.ContactChanged(next));
            LOG.info("{} accepted our request; keys2 queued", from);
            return Verdict.ACK;
        });
    }

    /** keys2: the last step for the acceptor; the pair keys are derived and the secrets wiped. */
    public Verdict onKeys2(DecryptedStreamMessage d, SpixiMessage spixi, Contact c) throws ProtocolException {
        StreamMessage m = d.message();
        RsaPublicKey key = Envelopes.publicKey(c).orElse(null);
        if (key == null || !StreamMessageCrypto.verify(d, key)) {
            return reject(m, "keys2 not signed by the contact");
        }
        Keys2Message k2 = Keys2Message.decode(spixi.data().toByteArray());
        if (c.handshakeStatus() == HandshakeStatus.ESTABLISHED && !c.handshakeSecrets().present()) {
            return Verdict.ACK;
        }
        if (c.state() != ContactState.APPROVED || !c.handshakeSecrets().present()) {
            return reject(m, "keys2 without a pending acceptance");
        }
        HandshakeSecrets s = c.handshakeSecrets();
        byte[] e = Ecdh.sharedSecret(s.ecdhPrivateKey().toByteArray(), k2.ecdhPublicKey().toByteArray());
        byte[] k = MlKem.decapsulate(s.mlKemPrivateKey().toByteArray(), k2.mlkemCiphertext().toByteArray());
        PairKeys keys = PairKeys.derive(e, k, s.aesSalt().toByteArray(), k2.chachaSalt().toByteArray());
        return ctx.db().inTransaction(tx -> {
            tx.contacts().acceptHandshakeTimestamp(c.address(), m.timestamp()); // the wiped secrets guard replays
            Contact next = c.withKeys(keys(keys)).withHandshakeSecrets(HandshakeSecrets.NONE)
                    .withHandshakeStatus(HandshakeStatus.ESTABLISHED).withCapabilities(k2.capabilities());
            tx.contacts().save(next);
            tx.outbox().acknowledge(c.address(), ReservedMessageId.ACCEPT_ADD.id());
            Profiles.queueTo(ctx, tx, next);
            ctx.events().afterCommit(tx, new EngineEvent.ContactChanged(next));
            LOG.info("pair keys established with {}", c.address());
            return Verdict.ACK;
        });
    }

    /** msgReceived for {0}, {1} or {2}: the peer has our request, acceptance or keys. */
    public void onHandshakeReceipt(Transaction tx, Contact c, ReservedMessageId id) {
        tx.outbox().acknowledge(c.address(), id.id());
        HandshakeStatus next = switch (id) {
            case REQUEST_ADD -> c.handshakeStatus() == HandshakeStatus.NONE && c.state() == ContactState.REQUEST_SENT
                    ? HandshakeStatus.REQUESTED : null;
            case KEYS -> c.handshakeStatus() == HandshakeStatus.KEYS_SENT ? HandshakeStatus.ESTABLISHED : null;
            default -> null;
        };
        if (next != null) {
            Contact changed = c.withHandshakeStatus(next);
            tx.contacts().save(changed);
            ctx.events().afterCommit(tx, new EngineEvent.ContactChanged(changed));
        }
    }

    /** The agreed keys, stamped with the engine clock (not the wall clock, so tests and restores agree). */
    private ContactKeys keys(PairKeys k) {
        return new ContactKeys(Bytes.of(k.aesKey()), Bytes.of(k.chachaKey()), ctx.now());
    }

    /** The key, if it parses and its address is the sender's. */
    private static RsaPublicKey ownedKey(Address sender, Bytes keyBytes) {
        try {
            if (!Address.fromPublicKey(keyBytes.toByteArray()).equals(sender)) {
                return null;
            }
            return RsaPublicKey.fromIxianBytes(keyBytes.toByteArray());
        } catch (ProtocolException e) {
            return null;
        }
    }

    private static Verdict reject(StreamMessage m, String why) {
        LOG.warn("rejected {} from {}: {}", m.id(), m.sender(), why);
        return Verdict.REJECT;
    }

    private static Verdict rejectInTx(StreamMessage m, String why) {
        return reject(m, why);
    }
}
