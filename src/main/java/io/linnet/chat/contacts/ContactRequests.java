package io.linnet.chat.contacts;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.OutboxQueue;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactKeys;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.HandshakeSecrets;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.PairKeyExchange;
import io.linnet.ixian.spixi.AcceptAdd2Message;
import io.linnet.ixian.spixi.RequestAdd2Message;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.ReservedMessageId;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's side of the contact lifecycle (ixian-streaming-groups.md §5.1): add (requestAdd2), accept
 * (acceptAdd2), decline, remove and the local nickname. Every change and the message it queues commit in
 * one transaction. Stateless; engine thread.
 */
public final class ContactRequests {
    private static final Logger LOG = LoggerFactory.getLogger(ContactRequests.class);
    private final EngineContext ctx;

    public ContactRequests(EngineContext ctx) {
        this.ctx = ctx;
    }

    /** Sends a contact request, or accepts a waiting one from the same address. */
    public Contact add(Address address) {
        Address a = address.withoutPublicKey();
        if (a.equals(ctx.self().address())) {
            throw new ChatException("cannot add yourself");
        }
        return ctx.db().inTransaction(tx -> {
            Contact existing = tx.contacts().find(a).orElse(null);
            if (existing != null && existing.state() == ContactState.REQUEST_RECEIVED) {
                return accept(tx, existing);
            }
            if (existing != null && existing.state() == ContactState.APPROVED) {
                return existing;
            }
            Contact c = existing == null ? Contact.of(a, ContactState.REQUEST_SENT, ctx.now())
                    : existing.withState(ContactState.REQUEST_SENT);
            c = c.withHandshakeStatus(HandshakeStatus.NONE).withKeys(ContactKeys.NONE)
                    .withHandshakeSecrets(HandshakeSecrets.NONE);
            tx.contacts().save(c);
            RequestAdd2Message req = new RequestAdd2Message(Envelopes.VERSION,
                    Bytes.of(ctx.self().key().publicKey().toIxianBytes()));
            StreamMessage plain = Envelopes.plain(ctx, a, ReservedMessageId.REQUEST_ADD.id(),
                    SpixiMessage.of(SpixiMessageCode.REQUEST_ADD2, Bytes.of(req.encode())), StreamMessageCode.INFO,
                    EncryptionCode.NONE, true);
            OutboxQueue.enqueue(ctx, tx, plain, null);
            changed(tx, c);
            LOG.info("contact request queued to {}", a);
            return c;
        });
    }

    /** Accepts a waiting request. */
    public Contact accept(Address address) {
        return ctx.db().inTransaction(tx -> {
            Contact c = tx.contacts().find(address.withoutPublicKey())
                    .orElseThrow(() -> new ChatException("no request from " + address));
            if (c.state() != ContactState.REQUEST_RECEIVED) {
                throw new ChatException("no waiting request from " + address + " (" + c.state() + ")");
            }
            return accept(tx, c);
        });
    }

    /**
     * Answers a request with acceptAdd2: fresh ephemeral ECDH and ML-KEM keys, kept (encrypted) until keys2
     * arrives. Also used when the peer re-keys or when two users add each other at once.
     */
    Contact accept(Transaction tx, Contact c) {
        PairKeyExchange.AcceptorState st = PairKeyExchange.startAsAcceptor();
        Contact next = c.withState(ContactState.APPROVED).withHandshakeStatus(HandshakeStatus.REQUESTED)
                .withKeys(ContactKeys.NONE)
                .withHandshakeSecrets(new HandshakeSecrets(Bytes.of(st.ecdh().privateKey()),
                        Bytes.of(st.mlKem().privateKey()), Bytes.of(st.aesSalt())));
        tx.contacts().save(next);
        AcceptAdd2Message accept = new AcceptAdd2Message(Envelopes.VERSION,
                Bytes.of(ctx.self().key().publicKey().toIxianBytes()), Bytes.of(st.ecdh().publicKey()),
                Bytes.of(st.mlKem().publicKey()), Bytes.of(st.aesSalt()), LinnetWire.OWN_CAPABILITIES);
        StreamMessage plain = Envelopes.plain(ctx, c.address(), ReservedMessageId.ACCEPT_ADD.id(),
                SpixiMessage.of(SpixiMessageCode.ACCEPT_ADD2, Bytes.of(accept.encode())), StreamMessageCode.INFO,
                EncryptionCode.RSA2, true);
        OutboxQueue.enqueue(ctx, tx, plain, null);
        changed(tx, next);
        LOG.info("accepted contact {}", c.address());
        return next;
    }

    /** Declines a waiting request; it stays declined so repeats are ignored. */
    public Contact decline(Address address) {
        return setState(address, ContactState.DECLINED, ContactState.REQUEST_RECEIVED);
    }

    /** Removes a contact: keys and pending deliveries go, the history stays. */
    public Contact remove(Address address) {
        return setState(address, ContactState.REMOVED, null);
    }

    private Contact setState(Address address, ContactState to, ContactState requiredFrom) {
        return ctx.db().inTransaction(tx -> {
            Contact c = tx.contacts().find(address.withoutPublicKey())
                    .orElseThrow(() -> new ChatException("unknown contact " + address));
            if (requiredFrom != null && c.state() != requiredFrom) {
                throw new ChatException("contact " + address + " is " + c.state() + ", not " + requiredFrom);
            }
            Contact next = c.withState(to).withKeys(ContactKeys.NONE).withHandshakeSecrets(HandshakeSecrets.NONE)
                    .withHandshakeStatus(HandshakeStatus.NONE);
            tx.contacts().save(next);
            for (var e : tx.outbox().pendingFor(c.address())) {
                tx.outbox().remove(e.id());
                // the message will never be delivered now: say so instead of leaving it SENDING forever
                if (e.message() != null && tx.messages().advanceState(e.message(), MessageState.FAILED)) {
                    ctx.events().afterCommit(tx, new EngineEvent.MessageStateChanged(e.message(), MessageState.FAILED));
                }
            }
            changed(tx, next);
            return next;
        });
    }

    /** Sets our own name for a contact. */
    public Contact setLocalNickname(Address address, String nickname) {
        return ctx.db().inTransaction(tx -> {
            Contact c = tx.contacts().find(address.withoutPublicKey())
                    .orElseThrow(() -> new ChatException("unknown contact " + address));
            Contact next = c.withLocalNickname(nickname == null ? "" : nickname.strip());
            tx.contacts().save(next);
            changed(tx, next);
            return next;
        });
    }

    private void changed(Transaction tx, Contact c) {
        ctx.events().afterCommit(tx, new EngineEvent.ContactChanged(c));
    }
}
