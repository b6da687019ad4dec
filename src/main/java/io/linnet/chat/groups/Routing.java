package io.linnet.chat.groups;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.address.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who gets a group message next (ixian-streaming-groups.md §6.4):
 *
 * <ul>
 *   <li>the owner sends to every active member;
 *   <li>a member of a privacy-mode group sends to the owner only, who relays;
 *   <li>a member of a standard group sends to every member directly when it has all of them as established
 *       contacts, and otherwise to the owner alone, naming itself in {@code groupSenderAddress}, and the
 *       owner relays to everyone (as Ixian does, so no member gets a message twice).
 * </ul>
 *
 * Stateless; engine thread.
 */
final class Routing {
    private Routing() {}

    /**
     * The next hops of a message we write.
     *
     * @param hops the contacts to send copies to
     * @param groupSender what to put in {@code groupSenderAddress} ({@code null}: nothing)
     */
    record Route(List<Contact> hops, Address groupSender) {}

    static Route ours(Transaction tx, GroupView v) {
        if (v.owned()) {
            return new Route(members(tx, v, v.others(tx), null), null);
        }
        Contact owner = established(tx, v.owner())
                .orElseThrow(() -> new ChatException("the group's owner is not an established contact"));
        if (v.hidden()) {
            return new Route(List.of(owner), null);
        }
        List<Contact> direct = new ArrayList<>();
        for (GroupMember m : v.others(tx)) {
            Optional<Contact> c = established(tx, m.address());
            if (c.isEmpty()) {
                return new Route(List.of(owner), v.me());
            }
            direct.add(c.get());
        }
        return new Route(direct, null);
    }

    /**
     * The contacts behind {@code members} (those we can reach: everyone for the owner or in standard mode),
     * leaving out the one whose real address is {@code except}.
     */
    static List<Contact> members(Transaction tx, GroupView v, List<GroupMember> members, Address except) {
        List<Contact> out = new ArrayList<>(members.size());
        for (GroupMember m : members) {
            v.realAddress(m).filter(a -> !a.equals(except)).flatMap(a -> approved(tx, a)).ifPresent(out::add);
        }
        return out;
    }

    /** The hop that reaches the member going by {@code seen}: that member, or the owner when we cannot. */
    static Optional<Route> toMember(Transaction tx, GroupView v, Address seen) {
        if (seen.equals(v.owner())) {
            return approved(tx, seen).map(c -> new Route(List.of(c), null));
        }
        if (v.owned()) {
            return v.activeMember(tx, seen).flatMap(v::realAddress).flatMap(a -> approved(tx, a))
                    .map(c -> new Route(List.of(c), null));
        }
        Optional<Contact> direct = v.hidden() ? Optional.empty() : established(tx, seen);
        if (direct.isPresent()) {
            return Optional.of(new Route(List.of(direct.get()), null));
        }
        return approved(tx, v.owner()).map(c -> new Route(List.of(c), v.hidden() ? null : v.me()));
    }

    private static Optional<Contact> approved(Transaction tx, Address a) {
        return tx.contacts().find(a.withoutPublicKey()).filter(c -> c.state() == ContactState.APPROVED);
    }

    private static Optional<Contact> established(Transaction tx, Address a) {
        return approved(tx, a).filter(c -> c.keys().present());
    }
}
