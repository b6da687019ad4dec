package io.linnet.chat.groups;

import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.GroupFileOffers;
import io.linnet.chat.core.GroupTraffic;
import io.linnet.chat.core.Verdict;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A group message from an approved contact (§6.6, with Spixi's gaps closed):
 *
 * <ol>
 *   <li>the group must exist here and the transport sender must be one of its active members, by real
 *       address — so in privacy mode only the owner can reach a member;
 *   <li>the author is the sender, unless the owner relays: a member takes a {@code groupSenderAddress} only
 *       from the owner, and it must name an active member; the owner ignores whatever a member claims and
 *       uses the address that member goes by;
 *   <li>the content is stored (or applied) with that author, and if we owe a relay, the relay copies are
 *       queued in the same transaction;
 *   <li>then it is acknowledged to the sender, with the group address.
 * </ol>
 *
 * A group we are no longer in takes nothing but acknowledges members' messages, so they stop resending.
 * Engine thread.
 */
final class GroupReceiver implements GroupTraffic {
    private static final Logger LOG = LoggerFactory.getLogger(GroupReceiver.class);
    private final EngineContext ctx;
    private final GroupContent content;
    private final GroupReceipts receipts;
    private final OwnerRelay relay;
    private final JoinHandler joins;
    private final Consumer<Address> typing;
    private final GroupFileOffers files;
    /** Leaves applied lately, by group and stream id, so that a re-sent copy is not applied twice. Engine thread. */
    private final java.util.Map<String, Boolean> appliedLeaves = new java.util.LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) {
            return size() > 4096;
        }
    };

    GroupReceiver(EngineContext ctx, GroupReceipts receipts, OwnerRelay relay, Consumer<Address> typing, GroupFileOffers files) {
        this.files = files;
        this.ctx = ctx;
        this.content = new GroupContent(ctx);
        this.receipts = receipts;
        this.relay = relay;
        this.joins = new JoinHandler(ctx);
        this.typing = typing;
    }

    @Override
    public Verdict onCreateGroup(Contact from, StreamMessage m, SpixiMessage s) throws ProtocolException {
        return joins.onCreateGroup(from, m, s);
    }

    @Override
    public Verdict onGroupMessage(Contact from, StreamMessage m, SpixiMessage s) throws ProtocolException {
        if (s.is(SpixiMessageCode.MSG_RECEIVED) || s.is(SpixiMessageCode.MSG_READ) || s.type() == LinnetWire.READ_UP_TO) {
            return receipts.onReceipt(from, m, s);
        }
        if (!accepted(s)) {
            return reject(m, "type " + s.type() + " is not taken in groups");
        }
        try {
            return ctx.db().inTransaction(Durability.FULL, tx -> {
                try {
                    return receive(tx, from, m, s);
                } catch (ProtocolException e) {
                    throw new Malformed(e);
                }
            });
        } catch (Malformed e) {
            throw e.cause;
        }
    }

    private Verdict receive(Transaction tx, Contact from, StreamMessage m, SpixiMessage s) throws ProtocolException {
        GroupView v = GroupView.find(tx, s.groupAddress(), ctx.self().address()).orElse(null);
        if (v == null) {
            return reject(m, "unknown group " + s.groupAddress());
        }
        GroupMember sender = v.activeMemberByReal(tx, from.address()).orElse(null);
        if (sender == null) {
            return reject(m, from.address() + " is not a member of " + v.address());
        }
        if (!v.active(tx)) {
            LOG.info("dropped {} for group {}, which we are no longer in", m.id(), v.address());
            return Verdict.ACK;
        }
        Address author = sender.address();
        if (!v.owned() && s.groupSenderAddress() != null) {
            if (!from.address().equals(v.owner())) {
                return reject(m, "groupSenderAddress from " + from.address() + ", who is not the owner");
            }
            author = s.groupSenderAddress();
            if (author.equals(v.me())) {
                return Verdict.ACK; // our own message, relayed back by an owner that does not skip the author
            }
            if (v.activeMember(tx, author).isEmpty()
                    && tx.groups().findMember(v.address(), author).isEmpty()) {
                // a member who has left since is still known: the owner relayed what it wrote while in
                return reject(m, "relayed author " + author + " is not a member");
            }
        }
        if (s.is(SpixiMessageCode.LEAVE)) {
            String key = v.address() + "/" + m.id().toHex();
            if (appliedLeaves.containsKey(key)) {
                // a repeat of a leave already applied (its acknowledgement was late): the member may have been
                // added again since, and must not be removed by it a second time
                LOG.info("leave {} from {} was applied already; acknowledged, not applied again", m.id(), from.address());
                return Verdict.ACK;
            }
            tx.afterCommit(() -> appliedLeaves.put(key, Boolean.TRUE));
        }
        if (s.is(SpixiMessageCode.FILE_HEADER)) {
            return files.onGroupOffer(tx, v.group(), from, author, m, s, OwnerRelay.needed(v, s));
        }
        GroupContent.Outcome o = apply(tx, v, author, m, s);
        if (o == GroupContent.Outcome.REFUSED) {
            return Verdict.REJECT;
        }
        if (o == GroupContent.Outcome.NEW && OwnerRelay.needed(v, s)) {
            relay.relay(tx, v, from.address(), author, m, s);
        }
        return s.is(SpixiMessageCode.MSG_TYPING) ? Verdict.DONE : Verdict.ACK;
    }

    private GroupContent.Outcome apply(Transaction tx, GroupView v, Address author, StreamMessage m, SpixiMessage s)
            throws ProtocolException {
        if (s.type() == LinnetWire.CHAT_ORDERED) {
            return content.orderedChat(tx, v, author, m, s);
        }
        if (s.type() == LinnetWire.CHAT_REPLY) {
            return content.chat(tx, v, author, m, s, true);
        }
        if (s.type() == LinnetWire.EDIT) {
            return content.edit(tx, v, author, m, s);
        }
        return switch (s.code().orElseThrow()) {
            case CHAT -> content.chat(tx, v, author, m, s, false);
            case MSG_DELETE -> content.delete(tx, v, author, m, s);
            case MSG_REACTION -> content.reaction(tx, v, author, m, s);
            case AVATAR -> content.avatar(tx, v, author, m, s);
            case LEAVE -> content.leave(tx, v, author);
            case MSG_TYPING -> {
                typing.accept(v.address());
                yield GroupContent.Outcome.NEW;
            }
            default -> GroupContent.refuse(m, "type " + s.type());
        };
    }

    private static boolean accepted(SpixiMessage s) {
        if (s.type() == LinnetWire.CHAT_ORDERED || s.type() == LinnetWire.CHAT_REPLY || s.type() == LinnetWire.EDIT) {
            return true;
        }
        return s.code().map(c -> switch (c) {
            case CHAT, MSG_DELETE, MSG_REACTION, AVATAR, LEAVE, MSG_TYPING, FILE_HEADER -> true;
            default -> false;
        }).orElse(false);
    }

    private static Verdict reject(StreamMessage m, String why) {
        LOG.warn("rejected group message {} from {}: {}", m.id(), m.sender(), why);
        return Verdict.REJECT;
    }

    /** Carries a decoding failure out of the transaction (which it rolls back). */
    private static final class Malformed extends RuntimeException {
        private final ProtocolException cause;

        Malformed(ProtocolException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
