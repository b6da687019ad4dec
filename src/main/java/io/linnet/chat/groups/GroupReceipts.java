package io.linnet.chat.groups;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Verdict;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.PageCursor;
import io.linnet.chat.store.Receipt;
import io.linnet.chat.store.ReceiptKind;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.SpixiLimits;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receipts in groups at O(N) per message instead of Spixi's ≈N³ (spec §6.8, §11-1):
 *
 * <ul>
 *   <li>every copy of a group message is acknowledged by a group-tagged {@code msgReceived} to whoever sent
 *       that copy (the author, or the owner who relayed it) — never broadcast;
 *   <li>when a relayed copy is acknowledged, the owner tells the author (one queued {@code msgReceived}
 *       naming the member in {@code groupSenderAddress});
 *   <li>reading sends one read-up-to marker per author of what was read, to that author or through the
 *       owner (Spixi authors get one {@code msgRead} per message); the owner passes it to the author only.
 *       While a hop is offline, newer reads replace the older ones waiting for it ({@link GroupReadQueue}).
 * </ul>
 *
 * Our message is {@code DELIVERED} once every other active member acknowledged it, {@code READ} once every
 * one read it. Engine thread.
 */
final class GroupReceipts {
    private static final Logger LOG = LoggerFactory.getLogger(GroupReceipts.class);
    private static final int PAGE = 200;
    private final EngineContext ctx;
    private final OwnerRelay relay;
    private final GroupOutbox outbox;

    GroupReceipts(EngineContext ctx, OwnerRelay relay, GroupOutbox outbox) {
        this.ctx = ctx;
        this.relay = relay;
        this.outbox = outbox;
    }

    /** A group {@code msgReceived}, {@code msgRead} or read-up-to marker from the contact {@code from}. */
    Verdict onReceipt(Contact from, StreamMessage m, SpixiMessage s) {
        boolean delivery = s.is(SpixiMessageCode.MSG_RECEIVED);
        Verdict refused = delivery ? Verdict.DONE : Verdict.REJECT;
        if (s.data().isEmpty() || s.data().length() > SpixiLimits.MAX_MESSAGE_ID_BYTES) {
            LOG.warn("rejected group receipt {} from {}: id of {} bytes", m.id(), from.address(), s.data().length());
            return Verdict.REJECT;
        }
        return ctx.db().inTransaction(tx -> {
            // whatever else it says, a receipt from a contact ends our delivery to that contact
            boolean ourCopy = delivery && s.groupSenderAddress() == null && tx.outbox().acknowledge(from.address(), s.data());
            GroupView v = GroupView.find(tx, s.groupAddress(), ctx.self().address()).orElse(null);
            GroupMember sender = v == null ? null : v.activeMemberByReal(tx, from.address()).orElse(null);
            if (sender == null) {
                LOG.info("group receipt {} from {}, who is not in group {}", m.id(), from.address(), s.groupAddress());
                return refused;
            }
            boolean forwarded = !v.owned() && s.groupSenderAddress() != null;
            if (forwarded && !from.address().equals(v.owner())) {
                LOG.warn("rejected group receipt {}: groupSenderAddress from {}, who is not the owner", m.id(), from.address());
                return Verdict.REJECT;
            }
            Address reporter = forwarded ? s.groupSenderAddress() : sender.address();
            if (forwarded && v.activeMember(tx, reporter).isEmpty()) {
                return refused;
            }
            MessageKey key = new MessageKey(v.address(), s.data());
            StoredMessage target = tx.messages().find(key).orElse(null);
            if (target != null && target.direction() == Direction.OUTGOING) {
                boolean upTo = s.type() == LinnetWire.READ_UP_TO;
                if (upTo) {
                    marker(tx, v, target, reporter);
                } else {
                    record(tx, v, key, reporter, delivery ? ReceiptKind.DELIVERED : ReceiptKind.READ);
                }
            } else if (target != null && v.owned() && target.author() != null && !target.author().equals(reporter)
                    && (!delivery || ourCopy)) {
                relay.forward(tx, v, target.author(), reporter, s);
            }
            return delivery ? (forwarded && m.requireRcvConfirmation() ? Verdict.ACK : Verdict.DONE) : Verdict.ACK;
        });
    }

    /** A read-up-to marker for our message {@code upTo}: it and our earlier messages count as read by {@code reporter}. */
    private void marker(Transaction tx, GroupView v, StoredMessage upTo, Address reporter) {
        if (!record(tx, v, upTo.key(), reporter, ReceiptKind.READ)) {
            return;
        }
        List<StoredMessage> page = tx.messages().olderPage(v.address(), upTo.cursor(), PAGE);
        while (!page.isEmpty()) {
            for (StoredMessage msg : page) {
                if (msg.direction() != Direction.OUTGOING || msg.state() == MessageState.SENDING
                        || msg.state() == MessageState.FAILED) {
                    continue;
                }
                if (!record(tx, v, msg.key(), reporter, ReceiptKind.READ)) {
                    return;
                }
            }
            page = tx.messages().olderPage(v.address(), page.getLast().cursor(), PAGE);
        }
    }

    /** Records a receipt (a read counts as delivered too) and moves the message on; whether it was new. */
    private boolean record(Transaction tx, GroupView v, MessageKey key, Address reporter, ReceiptKind kind) {
        boolean delivered = tx.receipts().record(key, new Receipt(reporter, ReceiptKind.DELIVERED, ctx.now()));
        boolean fresh = kind == ReceiptKind.READ ? tx.receipts().record(key, new Receipt(reporter, ReceiptKind.READ, ctx.now()))
                : delivered;
        if (fresh) {
            int expected = v.recipients(tx);
            MessageState to = tx.receipts().count(key, ReceiptKind.READ) >= expected ? MessageState.READ
                    : tx.receipts().count(key, ReceiptKind.DELIVERED) >= expected ? MessageState.DELIVERED : null;
            if (to != null && tx.messages().advanceState(key, to)) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageStateChanged(key, to));
            }
        }
        return fresh;
    }

    /**
     * Marks the group read and, in the same transaction, queues the read receipts: per author of what was
     * read, one read-up-to marker naming that author's newest message (one {@code msgRead} per message to a
     * Spixi next hop), to the author or through the owner. How many messages were marked.
     */
    int markRead(Address group) {
        return ctx.db().inTransaction(tx -> {
            GroupView v = GroupView.find(tx, group, ctx.self().address())
                    .orElseThrow(() -> new ChatException("unknown group " + group));
            List<StoredMessage> newest = tx.messages().newestPage(v.address(), 1);
            if (newest.isEmpty()) {
                return 0;
            }
            PageCursor upTo = newest.getFirst().cursor();
            List<Bytes> ids = tx.conversations().markRead(v.address(), upTo);
            Map<Address, List<Bytes>> byAuthor = new LinkedHashMap<>();
            for (Bytes id : ids) {
                MessageKey key = new MessageKey(v.address(), id);
                ctx.events().afterCommit(tx, new EngineEvent.MessageStateChanged(key, MessageState.READ));
                tx.messages().find(key).map(StoredMessage::author).filter(a -> !a.equals(v.me()))
                        .ifPresent(a -> byAuthor.computeIfAbsent(a, x -> new ArrayList<>()).add(id));
            }
            if (v.active(tx)) {
                byAuthor.forEach((author, read) -> Routing.toMember(tx, v, author)
                        .ifPresent(route -> queueRead(tx, v, route, read)));
            }
            return ids.size();
        });
    }

    private void queueRead(Transaction tx, GroupView v, Routing.Route route, List<Bytes> read) {
        Contact hop = route.hops().getFirst();
        List<SpixiMessage> marks = new ArrayList<>();
        if (LinnetWire.supportsExtensions(hop.capabilities())) {
            marks.add(new SpixiMessage(LinnetWire.READ_UP_TO, read.getLast(), 0, v.address(), route.groupSender()));
        } else {
            for (Bytes id : read) {
                marks.add(new SpixiMessage(SpixiMessageCode.MSG_READ.number(), id, 0, v.address(), route.groupSender()));
            }
        }
        for (SpixiMessage mark : marks) {
            outbox.queue(tx, route.hops(), mark, StreamMessage.randomId(), StreamMessageCode.INFO, null);
        }
        GroupReadQueue.coalesce(tx, v, hop.address(), route.groupSender());
    }
}
