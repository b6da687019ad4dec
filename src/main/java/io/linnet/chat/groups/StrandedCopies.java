package io.linnet.chat.groups;

import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.OutboxEntry;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.address.Address;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of our group messages that can no longer be delivered once we are out of the group (removed by
 * the owner, or the group dissolved): the owner and the members refuse a non-member's message without
 * acknowledging it, so they would wait in the outbox for days. They are dropped, and our messages that
 * had not gone out are marked failed. Engine thread, inside the transaction that records the change.
 */
final class StrandedCopies {
    private static final Logger LOG = LoggerFactory.getLogger(StrandedCopies.class);

    private StrandedCopies() {}

    static void drop(Transaction tx, Address group, Address owner) {
        Set<Address> hops = new LinkedHashSet<>();
        hops.add(owner);
        for (GroupMember m : tx.groups().members(group)) {
            hops.add(m.realAddress() != null ? m.realAddress() : m.address());
        }
        int dropped = 0;
        for (Address hop : hops) {
            for (OutboxEntry e : tx.outbox().pendingFor(hop)) {
                if (e.message() != null && e.message().conversation().equals(group)) {
                    tx.outbox().remove(e.id());
                    tx.messages().advanceState(e.message(), MessageState.FAILED);
                    dropped++;
                }
            }
        }
        if (dropped > 0) {
            LOG.info("dropped {} undeliverable copies of messages to group {} we are no longer in", dropped, group);
        }
    }
}
