package io.linnet.chat.groups;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.GroupChats;
import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.ixian.address.Address;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Group chats before the group engine is wired in: every change fails, every read is empty. */
public final class NoGroups implements GroupChats {
    private static <T> CompletionStage<T> unavailable() {
        return CompletableFuture.failedFuture(new ChatException("group chats are not available yet"));
    }

    @Override
    public CompletionStage<Group> create(String name, List<Address> members, boolean hideParticipants, List<String> channels) {
        return unavailable();
    }

    @Override
    public CompletionStage<Group> addMembers(Address group, List<Address> members) {
        return unavailable();
    }

    @Override
    public CompletionStage<Group> removeMember(Address group, Address member) {
        return unavailable();
    }

    @Override
    public CompletionStage<Group> rename(Address group, String name) {
        return unavailable();
    }

    @Override
    public CompletionStage<Void> leave(Address group) {
        return unavailable();
    }

    @Override
    public CompletionStage<Group> setMuted(Address group, boolean muted) {
        return unavailable();
    }

    @Override
    public List<Group> all() {
        return List.of();
    }

    @Override
    public Optional<Group> find(Address group) {
        return Optional.empty();
    }

    @Override
    public List<GroupMember> members(Address group) {
        return List.of();
    }

    @Override
    public List<Channel> channels(Address group) {
        return List.of();
    }
}
