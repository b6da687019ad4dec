package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.util.List;
import java.util.Optional;

/** Groups, their members and their channels, keyed by the group address. */
public interface GroupStore {

    /**
     * Creates the group or replaces its fields, except {@link Group#lastCreateGroupTimestamp} (moved only
     * by {@link #acceptCreateGroup}) and {@link Group#muted} (moved only by {@link #setMuted}) of a stored
     * group.
     */
    void save(Group group);

    Optional<Group> find(Address group);

    /** Every group, oldest first. */
    List<Group> all();

    /** Deletes the group with its members and channels (not its conversation); whether there was one. */
    boolean delete(Address group);

    /**
     * The createGroup replay guard (§6.5): returns {@code true} and records {@code timestamp} unless an
     * accepted createGroup for this group is newer. Equal timestamps are accepted, as Ixian does. An
     * unknown group gives {@code false}.
     */
    boolean acceptCreateGroup(Address group, long timestamp);

    /** Turns notifications off or on; whether the group exists. */
    boolean setMuted(Address group, boolean muted);

    /** The members in their stored order (the owner first, as created). */
    List<GroupMember> members(Address group);

    /** Replaces the whole member list, keeping the given order (what a createGroup does). */
    void replaceMembers(Address group, List<GroupMember> members);

    /** Adds a member at the end, or updates the member with the same address in place. */
    void saveMember(Address group, GroupMember member);

    /** Removes a member; whether there was one. */
    boolean removeMember(Address group, Address member);

    /** The member going by {@code address} in this group. */
    Optional<GroupMember> findMember(Address group, Address address);

    /**
     * The member whose real address is {@code realAddress}: by {@link GroupMember#realAddress} where one is
     * recorded (the owner's view of a privacy-mode group), else by {@link GroupMember#address}.
     */
    Optional<GroupMember> findMemberByRealAddress(Address group, Address realAddress);

    /** The group's channels by index. */
    List<Channel> channels(Address group);

    /** Creates or renames a channel. */
    void saveChannel(Address group, Channel channel);

    /** Removes a channel; whether there was one. */
    boolean removeChannel(Address group, int index);
}
