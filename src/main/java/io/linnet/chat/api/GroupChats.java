package io.linnet.chat.api;

import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.StoredMessage;
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
 *
 * <p>Beyond the Messenger methods, two use cases exist only here: {@link #sendText(Address, int, String)}
 * sends to a named channel (Messenger's {@code sendText} uses channel 0), and {@link #setAvatar} sets the
 * group image, which only the owner may change. Events: {@code GroupChanged} after every change to a group
 * we are in (also ones made by the owner elsewhere), {@code GroupLeft} when we leave, are removed or the
 * group is dissolved; group messages arrive as {@code MessageAdded} with {@code author} set.
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

    /** Owner only: sets the group image ({@link io.linnet.ixian.codec.Bytes#EMPTY} clears it) and sends it to every member. */
    CompletionStage<Group> setAvatar(Address group, io.linnet.ixian.codec.Bytes avatar);

    /**
     * Sends a text to one of the group's channels (0 is the main conversation; see {@link #channels}).
     * Channels exist only among Linnet members: Spixi members never learn of them.
     */
    CompletionStage<StoredMessage> sendText(Address group, int channel, String text);

    /** Turns notifications for a group off or on. */
    CompletionStage<Group> setMuted(Address group, boolean muted);

    /** Every group we are in, oldest first (a group we left or that was dissolved is kept for {@link #find}). */
    List<Group> all();

    /** One group, also one we are no longer in. */
    Optional<Group> find(Address group);

    /**
     * The active members as we may see them, the owner first: in privacy mode {@link GroupMember#address()}
     * is the virtual address, and only the owner also knows {@link GroupMember#realAddress()}.
     */
    List<GroupMember> members(Address group);

    /** The group's channels (channel 0 is implicit and not listed). */
    List<Channel> channels(Address group);
}
