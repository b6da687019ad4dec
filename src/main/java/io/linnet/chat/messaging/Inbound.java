package io.linnet.chat.messaging;

import io.linnet.chat.contacts.HandshakeReceiver;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.GroupTraffic;
import io.linnet.chat.core.Receipts;
import io.linnet.chat.core.Verdict;
import io.linnet.chat.files.FileMessages;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.ReceiptKind;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.crypto.DecryptionException;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.crypto.RsaPublicKey;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.DecryptedStreamMessage;
import io.linnet.ixian.stream.ReservedMessageId;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.ixian.stream.StreamMessageCrypto;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receive pipeline (§5.4, with the bugs of §10-1/2/25 fixed): addressing → contact → the encryption the
 * message claims checked against what this contact may use → decrypt → signature where the sender must
 * sign → SpixiMessage → handler → commit → only then {@code msgReceived}. Anything that fails a step is
 * logged and dropped, never acknowledged:
 *
 * <ul>
 *   <li>{@code none}: requestAdd2 only (signed with the key it carries);
 *   <li>{@code rsa2}, always signed: acceptAdd2 and keys2; receipts for the handshake ids; nick and avatar
 *       only while the contact has no pair keys. Anything else under rsa2 is a downgrade;
 *   <li>{@code spixi2}: everything else, only from an approved contact with pair keys;
 *   <li>{@code rsa}, {@code spixi1} (protocol v0) and S2 {@code error} messages are not accepted.
 * </ul>
 *
 * A SpixiMessage carrying a group address, and a {@code createGroup}, goes to the {@link GroupTraffic}
 * (spixi2; Spixi's group receipts also come rsa2-signed and are taken too); its receipt carries the group
 * address.
 *
 * Engine thread.
 */
public final class Inbound {
    private static final Logger LOG = LoggerFactory.getLogger(Inbound.class);
    private static final Set<SpixiMessageCode> RSA2_BEFORE_KEYS = Set.of(SpixiMessageCode.NICK, SpixiMessageCode.AVATAR,
            SpixiMessageCode.MSG_RECEIVED, SpixiMessageCode.GET_NICK, SpixiMessageCode.GET_AVATAR);

    private final EngineContext ctx;
    private final HandshakeReceiver handshakes;
    private final ChatReceiver chat;
    private final Typing typing;
    private final ReadMarkers readMarkers;
    private final GroupTraffic groups;
    private final FileMessages files;

    public Inbound(EngineContext ctx, HandshakeReceiver handshakes, ChatReceiver chat, Typing typing, GroupTraffic groups,
            FileMessages files) {
        this.ctx = ctx;
        this.groups = groups;
        this.files = files;
        this.handshakes = handshakes;
        this.chat = chat;
        this.readMarkers = new ReadMarkers(chat);
        this.typing = typing;
    }

    /** Handles one received message; returns the contact it came from when it was accepted. */
    public Optional<Contact> receive(StreamMessage m) {
        try {
            return handle(m);
        } catch (ProtocolException | DecryptionException e) {
            LOG.warn("rejected {} from {}: {}", m.id(), m.sender(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("failed on {} from {}; not acknowledged", m.id(), m.sender(), e);
        }
        return Optional.empty();
    }

    private Optional<Contact> handle(StreamMessage m) throws ProtocolException, DecryptionException {
        if (m.type() == StreamMessageCode.ERROR) {
            LOG.debug("ignoring an S2 error message about {}", m.recipient());
            return Optional.empty();
        }
        if (m.sender() == null || m.recipient() == null || !m.recipient().equals(ctx.self().address())
                || m.sender().equals(ctx.self().address())) {
            return rejected(m, "not addressed from a peer to us");
        }
        Contact c = ctx.db().read(tx -> tx.contacts().find(m.sender().withoutPublicKey())).orElse(null);
        return switch (m.encryptionType()) {
            case NONE -> {
                DecryptedStreamMessage d = StreamMessageCrypto.decrypt(m, ctx.self().key());
                SpixiMessage s = SpixiMessage.decode(d.message().data().toByteArray());
                if (!s.is(SpixiMessageCode.REQUEST_ADD2) || s.groupAddress() != null) {
                    yield rejected(m, "unencrypted " + s.type());
                }
                yield finish(m, c, s, handshakes.onRequestAdd2(d, s));
            }
            case RSA2 -> rsa2(m, c);
            case SPIXI2 -> spixi2(m, c);
            case RSA, SPIXI1 -> rejected(m, "protocol-v0 encryption " + m.encryptionType());
        };
    }

    private Optional<Contact> rsa2(StreamMessage m, Contact c) throws ProtocolException, DecryptionException {
        DecryptedStreamMessage d = StreamMessageCrypto.decrypt(m, ctx.self().key());
        SpixiMessage s = SpixiMessage.decode(d.message().data().toByteArray());
        if (s.groupAddress() != null && !isReceipt(s)) {
            return rejected(m, "rsa2 group " + s.type() + " (only receipts may use it)");
        }
        if (s.is(SpixiMessageCode.ACCEPT_ADD2)) {
            return finish(m, c, s, handshakes.onAcceptAdd2(d, s));
        }
        if (c == null) {
            return rejected(m, "rsa2 " + s.type() + " from a stranger");
        }
        Optional<RsaPublicKey> key = Envelopes.publicKey(c);
        boolean handshakeReceipt = s.is(SpixiMessageCode.MSG_RECEIVED) && ReservedMessageId.of(s.data())
                .filter(r -> r.ordinal() <= ReservedMessageId.KEYS.ordinal()).isPresent();
        if (key.isEmpty()) {
            // we sent requestAdd2 and have no key yet: its receipt is the only thing we can take, and only
            // to stop re-sending the request (the relay has checked that the sender is who it claims)
            if (handshakeReceipt && ReservedMessageId.of(s.data()).get() == ReservedMessageId.REQUEST_ADD) {
                ctx.db().useTransaction(tx -> handshakes.onHandshakeReceipt(tx, c, ReservedMessageId.REQUEST_ADD));
                return Optional.of(c);
            }
            return rejected(m, "rsa2 " + s.type() + " from a contact whose key we do not know");
        }
        if (!StreamMessageCrypto.verify(d, key.get())) {
            return rejected(m, "rsa2 " + s.type() + " without a valid signature");
        }
        if (s.groupAddress() != null) {
            // Spixi sends its group receipts rsa2 (§6.8); signed by the contact, they are taken like spixi2 ones
            return approved(c) ? finish(m, c, s, groups.onGroupMessage(c, m, s)) : rejected(m, "group receipt from " + c.state());
        }
        if (s.is(SpixiMessageCode.KEYS2)) {
            return finish(m, c, s, handshakes.onKeys2(d, s, c));
        }
        boolean hasKeys = Envelopes.pairKeys(c).isPresent();
        boolean allowed = handshakeReceipt || (!hasKeys && s.code().filter(RSA2_BEFORE_KEYS::contains).isPresent());
        if (!allowed) {
            return rejected(m, "rsa2 " + s.type() + " from a contact that uses spixi2 (downgrade)");
        }
        return dispatch(m, c, s);
    }

    private Optional<Contact> spixi2(StreamMessage m, Contact c) throws ProtocolException, DecryptionException {
        Optional<PairKeys> keys = Envelopes.pairKeys(c);
        if (keys.isEmpty() || c.state() != ContactState.APPROVED) {
            return rejected(m, "spixi2 from someone without pair keys");
        }
        DecryptedStreamMessage d = StreamMessageCrypto.decrypt(m, keys.get());
        SpixiMessage s = SpixiMessage.decode(d.message().data().toByteArray());
        if (s.groupAddress() != null) {
            return finish(m, c, s, groups.onGroupMessage(c, m, s));
        }
        if (s.is(SpixiMessageCode.REQUEST_ADD2) || s.is(SpixiMessageCode.ACCEPT_ADD2) || s.is(SpixiMessageCode.KEYS2)) {
            return rejected(m, "handshake step under spixi2");
        }
        return dispatch(m, c, s);
    }

    private Optional<Contact> dispatch(StreamMessage m, Contact c, SpixiMessage s) throws ProtocolException {
        if (c.state() == ContactState.DECLINED || c.state() == ContactState.REMOVED) {
            return rejected(m, "from a " + c.state() + " contact");
        }
        if (FileMessages.handles(s)) {
            return finish(m, c, s, files.receive(c, m, s));
        }
        if (s.type() == LinnetWire.EDIT) {
            return finish(m, c, s, chat.onEdit(c, m, s));
        }
        if (s.type() == LinnetWire.CHAT_REPLY) {
            return finish(m, c, s, chat.onChat(c, m, s, true));
        }
        if (s.type() == LinnetWire.CHAT_ORDERED) {
            return finish(m, c, s, chat.onOrderedChat(c, m, s));
        }
        if (s.type() == LinnetWire.READ_UP_TO) {
            return finish(m, c, s, readUpTo(m, c, s));
        }
        SpixiMessageCode code = s.code().orElse(null);
        if (code == null || code == SpixiMessageCode.RESERVED) {
            return rejected(m, "unknown SpixiMessage type " + s.type());
        }
        Verdict v = switch (code) {
            case CHAT -> chat.onChat(c, m, s, false);
            case MSG_DELETE -> chat.onDelete(c, m, s);
            case MSG_REACTION -> chat.onReaction(c, m, s);
            case NICK -> chat.onProfile(c, m, s, false);
            case AVATAR -> s.groupAddress() == null ? chat.onProfile(c, m, s, true) : Verdict.REJECT;
            case MSG_TYPING -> {
                typing.typed(c.address());
                yield Verdict.DONE;
            }
            case MSG_RECEIVED, MSG_READ -> receipt(c, s, code);
            case GET_NICK, GET_AVATAR -> Verdict.ACK;
            case CREATE_GROUP -> groups.onCreateGroup(c, m, s);
            default -> ChatReceiver.reject(m, "unsupported SpixiMessage type " + code);
        };
        return finish(m, c, s, v);
    }

    private Verdict readUpTo(StreamMessage m, Contact c, SpixiMessage s) {
        if (s.data().isEmpty() || s.data().length() > 64) {
            return ChatReceiver.reject(m, "read marker of " + s.data().length() + " bytes");
        }
        int n = ctx.db().inTransaction(tx -> readMarkers.apply(tx, tx.contacts().find(c.address()).orElse(c), s.data()));
        LOG.debug("read marker from {} covered {} messages", c.address(), n);
        return Verdict.ACK;
    }

    private Verdict receipt(Contact c, SpixiMessage s, SpixiMessageCode code) {
        if (s.data().isEmpty()) {
            return Verdict.REJECT;
        }
        Optional<ReservedMessageId> reserved = ReservedMessageId.of(s.data());
        ctx.db().useTransaction(tx -> {
            Contact fresh = tx.contacts().find(c.address()).orElse(c);
            if (code == SpixiMessageCode.MSG_RECEIVED && reserved.isPresent()) {
                handshakes.onHandshakeReceipt(tx, fresh, reserved.get());
            } else {
                chat.onReceipt(tx, fresh, s.data(), code == SpixiMessageCode.MSG_READ ? ReceiptKind.READ : ReceiptKind.DELIVERED);
            }
        });
        return code == SpixiMessageCode.MSG_READ ? Verdict.ACK : Verdict.DONE;
    }

    private Optional<Contact> finish(StreamMessage m, Contact before, SpixiMessage s, Verdict v) {
        if (v == Verdict.REJECT) {
            return Optional.empty();
        }
        Contact c = ctx.db().read(tx -> tx.contacts().find(m.sender().withoutPublicKey())).orElse(before);
        if (c == null) {
            return Optional.empty();
        }
        if (v == Verdict.ACK && m.requireRcvConfirmation()) {
            Receipts.sendReceived(ctx, c, m.id(), s.channel(), s.groupAddress());
        }
        if (!s.is(SpixiMessageCode.MSG_TYPING)) {
            // anything else from the contact ends its typing; the notice itself must not
            typing.stopped(c.address());
        }
        return Optional.of(c);
    }

    private static boolean isReceipt(SpixiMessage s) {
        return s.is(SpixiMessageCode.MSG_RECEIVED) || s.is(SpixiMessageCode.MSG_READ);
    }

    private static boolean approved(Contact c) {
        return c.state() == ContactState.APPROVED;
    }

    private static Optional<Contact> rejected(StreamMessage m, String why) {
        LOG.warn("rejected {} from {}: {}", m.id(), m.sender(), why);
        return Optional.empty();
    }
}
