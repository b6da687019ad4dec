package io.linnet.chat.groups;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import java.util.List;
import java.util.Optional;

/**
 * The owner's relay duty (§6.6–6.7): a member's message that needs relaying (every message in privacy
 * mode, and in standard mode one that names its author in {@code groupSenderAddress}) is fanned out to every
 * other active member, under the same stream id, with the author as that member goes by in the group —
 * the virtual address in privacy mode, whatever the sender claimed. The copies are queued in the same
 * transaction that stored the message, so a relay is never lost and never done twice; the author gets no
 * copy of its own message. Receipts are not fanned out: they go to the author of what they acknowledge
 * ({@link GroupReceipts}). This runs on the engine thread, with or without a window. Stateless.
 */
final class OwnerRelay {
    private final GroupOutbox outbox;

    OwnerRelay(GroupOutbox outbox) {
        this.outbox = outbox;
    }

    /** Whether we must relay what {@code s} carries from a member. */
    static boolean needed(GroupView v, SpixiMessage s) {
        return v.owned() && (v.hidden() || s.groupSenderAddress() != null);
    }

    /** Queues (or, for typing, sends) the relay copies of {@code m} from the member whose real address is {@code from}. */
    void relay(Transaction tx, GroupView v, Address from, Address author, StreamMessage m, SpixiMessage s) {
        List<Contact> hops = Routing.members(tx, v, v.others(tx), from);
        SpixiMessage copy = s.withGroupSenderAddress(author);
        if (s.is(SpixiMessageCode.MSG_TYPING)) {
            outbox.sendNow(hops, copy);
            return;
        }
        outbox.queue(tx, hops, copy, m.id(), m.type(), null);
    }

    /**
     * Queues {@code s} (a receipt) to the one member going by {@code to}, naming {@code reporter} as its
     * author; a read replaces the older reads of {@code reporter} still waiting for that member.
     */
    void forward(Transaction tx, GroupView v, Address to, Address reporter, SpixiMessage s) {
        Optional<Routing.Route> r = Routing.toMember(tx, v, to);
        r.ifPresent(route -> {
            outbox.queue(tx, route.hops(), s.withGroupSenderAddress(reporter), StreamMessage.randomId(),
                    io.linnet.ixian.stream.StreamMessageCode.INFO, null);
            if (GroupReadQueue.isRead(s)) {
                GroupReadQueue.coalesce(tx, v, route.hops().getFirst().address(), reporter);
            }
        });
    }
}
