package io.linnet.chat.groups;

import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.MemberStatus;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import java.util.List;
import java.util.Optional;

/**
 * One group as this device sees it: who we are in it and how real addresses map to the addresses members
 * go by. In standard mode everyone goes by their real address; in privacy mode every member but the owner
 * goes by {@code GroupAddress.derive(real, randomId)} — also we ourselves, unless we are the owner.
 * Immutable; our own address in the group is derived once.
 */
final class GroupView {
    private final Group group;
    private final Address self;
    private final Address me;

    /**
     * @param group the stored group
     * @param self our real address
     */
    GroupView(Group group, Address self) {
        this.group = group;
        this.self = self.withoutPublicKey();
        this.me = asSeen(this.self);
    }

    Group group() {
        return group;
    }

    Address self() {
        return self;
    }

    static Optional<GroupView> find(Transaction tx, Address group, Address self) {
        return tx.groups().find(group.withoutPublicKey()).map(g -> new GroupView(g, self));
    }

    Address address() {
        return group.address();
    }

    boolean owned() {
        return group.ownRole() == GroupRole.OWNER;
    }

    boolean hidden() {
        return group.hideParticipants();
    }

    Address owner() {
        return group.owner();
    }

    /** The address a member with real address {@code real} goes by here (the owner is never hidden). */
    Address asSeen(Address real) {
        Address a = real.withoutPublicKey();
        return hidden() && !a.equals(owner()) ? GroupAddress.derive(a, group.randomId().toByteArray()) : a;
    }

    /** The address we go by here. */
    Address me() {
        return me;
    }

    /** Whether we still take part: our own member entry is active. */
    boolean active(Transaction tx) {
        return tx.groups().findMember(address(), me()).map(m -> m.status() == MemberStatus.ACTIVE).orElse(false);
    }

    /** The active members other than us, in stored order (the owner first). */
    List<GroupMember> others(Transaction tx) {
        Address me = me();
        return tx.groups().members(address()).stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE && !m.address().equals(me)).toList();
    }

    /** How many members besides us should acknowledge a message: the active members other than us. */
    int recipients(Transaction tx) {
        return others(tx).size();
    }

    /** The real address to send to for a member, if we know it (everyone's in standard mode; the owner knows all). */
    static Optional<Address> realAddress(GroupMember m, boolean hidden, Address owner) {
        if (m.realAddress() != null) {
            return Optional.of(m.realAddress());
        }
        return !hidden || m.address().equals(owner) ? Optional.of(m.address()) : Optional.empty();
    }

    Optional<Address> realAddress(GroupMember m) {
        return realAddress(m, hidden(), owner());
    }

    /** The active member going by {@code seen}. */
    Optional<GroupMember> activeMember(Transaction tx, Address seen) {
        return tx.groups().findMember(address(), seen).filter(m -> m.status() == MemberStatus.ACTIVE);
    }

    /** The active member whose real address is {@code real} (the transport sender of a message). */
    Optional<GroupMember> activeMemberByReal(Transaction tx, Address real) {
        return tx.groups().findMemberByRealAddress(address(), real.withoutPublicKey())
                .filter(m -> m.status() == MemberStatus.ACTIVE)
                .filter(m -> m.realAddress() != null || !hidden() || m.address().equals(owner()));
    }
}
