package io.linnet.chat.groups;

import io.linnet.chat.core.GroupFanOut;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.util.List;
import java.util.Optional;

/** {@link GroupFanOut} over {@link Routing} and {@link GroupOutbox}, for file offers in groups. Engine thread. */
final class GroupFiles implements GroupFanOut {
    private final Address self;
    private final GroupOutbox outbox;

    GroupFiles(Address self, GroupOutbox outbox) {
        this.self = self;
        this.outbox = outbox;
    }

    private Optional<GroupView> active(Transaction tx, Address group) {
        return GroupView.find(tx, group, self).filter(v -> v.active(tx));
    }

    @Override
    public Optional<Address> me(Transaction tx, Address group) {
        return active(tx, group).map(GroupView::me);
    }

    @Override
    public List<Contact> ourHops(Transaction tx, Address group) {
        return active(tx, group).map(v -> Routing.ours(tx, v).hops()).orElse(List.of());
    }

    @Override
    public int queueOurs(Transaction tx, Address group, SpixiMessage s, Bytes id, MessageKey history) {
        GroupView v = active(tx, group).orElseThrow(() -> new IllegalStateException("not in group " + group));
        Routing.Route r = Routing.ours(tx, v);
        return outbox.queue(tx, r.hops(), s.withGroupSenderAddress(r.groupSender()), id, StreamMessageCode.DATA, history);
    }

    @Override
    public List<Contact> relayHops(Transaction tx, Address group, Address from) {
        return active(tx, group).filter(GroupView::owned).map(v -> Routing.members(tx, v, v.others(tx), from)).orElse(List.of());
    }

    @Override
    public void relay(Transaction tx, Address group, Address from, Address author, Bytes id, SpixiMessage s) {
        outbox.queue(tx, relayHops(tx, group, from), s.withGroupSenderAddress(author), id, StreamMessageCode.DATA, null);
    }
}
