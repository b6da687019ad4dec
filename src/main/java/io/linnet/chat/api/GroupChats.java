package io.linnet.chat.api;

import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.ixian.address.Address;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Peer-to-peer group chats (ixian-streaming-groups.md §6), in standard mode and in privacy mode, where the
 * owner hides the members' addresses from each other and relays every message under per-group virtual
 * addresses. Messages, edits, deletes, reactions, typing and read marks in a group go through the
 * {@link Messenger} methods with the group's address as the conversation.
 *
 * <p>Same thread contract as {@link Messenger}: never blocks, completes on the engine thread after the
 * change is committed, fails with {@link ChatException} when a request cannot be honoured.
 */
public interface GroupChats {

    /**
     * Creates a group we own and sends the invitation (createGroup) to every member, each of whom must be
     * an approved contact.
     *
     * @param channels names of channels besides the implicit channel 0, possibly empty
     */
    CompletionStage<Group> create(String name, List<Address> members, boolean hideParticipants, List<String> channels);

    /** Owner only: adds approved contacts to the group and tells every member the new membership. */
    CompletionStage<Group> addMembers(Address group, List<Address> members);

    /** Owner only: removes a member (by the address it goes by in the group) and tells everyone. */
    CompletionStage<Group> removeMember(Address group, Address member);

    /** Owner only: renames the group and tells every member. */
    CompletionStage<Group> rename(Address group, String name);

    /** Leaves a group; when the owner leaves, the group is dissolved for everyone. */
    CompletionStage<Void> leave(Address group);

    /** Turns notifications for a group off or on. */
    CompletionStage<Group> setMuted(Address group, boolean muted);

    /** Every group we are in, oldest first. */
    List<Group> all();

    /** One group. */
    Optional<Group> find(Address group);

    /** The members as we may see them (virtual addresses in privacy mode unless we own the group). */
    List<GroupMember> members(Address group);

    /** The group's channels (channel 0 is implicit and not listed). */
    List<Channel> channels(Address group);
}
