package io.linnet.chat.groups;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.GroupChats;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.EngineThread;
import io.linnet.chat.core.GroupFanOut;
import io.linnet.chat.core.GroupFileOffers;
import io.linnet.chat.core.GroupTraffic;
import io.linnet.chat.messaging.ChatSender;
import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.MemberStatus;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Group chats in the engine: the {@link GroupChats} use cases, the group side of the {@code Messenger}
 * methods (what {@code ChatEngine} routes here when the conversation is a group), and the receive side
 * ({@link #traffic()}). The parts: {@link GroupAdmin} (create, members, rename, avatar, leave),
 * {@link JoinHandler} (createGroup), {@link GroupSender} and {@link GroupReceiver} (messages),
 * {@link Routing} and {@link GroupOutbox} (fan-out), {@link OwnerRelay} (the owner's relay duty) and
 * {@link GroupReceipts}. Use cases run on the engine thread; reads run on the caller's.
 */
public final class GroupEngine implements GroupChats {
    private final EngineContext ctx;
    private final EngineThread thread;
    private final GroupAdmin admin;
    private final GroupSender sender;
    private final GroupReceipts receipts;
    private final GroupReceiver receiver;
    private final GroupFanOut fanOut;

    /**
     * @param typing told the group's address when a member is typing in it
     * @param files where file offers sent in a group go
     */
    public GroupEngine(EngineContext ctx, EngineThread thread, Consumer<Address> typing, GroupFileOffers files) {
        this.ctx = ctx;
        this.thread = thread;
        GroupOutbox outbox = new GroupOutbox(ctx);
        OwnerRelay relay = new OwnerRelay(outbox);
        this.admin = new GroupAdmin(ctx, new Invitations(ctx), outbox);
        this.sender = new GroupSender(ctx, outbox);
        this.receipts = new GroupReceipts(ctx, relay, outbox);
        this.receiver = new GroupReceiver(ctx, receipts, relay, typing, files);
        this.fanOut = new GroupFiles(ctx.self().address(), outbox);
    }

    /** The routing other parts of the engine use for group messages of their own (file offers). */
    public GroupFanOut fanOut() {
        return fanOut;
    }

    /** Where the receive pipeline hands group messages and createGroup. */
    public GroupTraffic traffic() {
        return receiver;
    }

    /** Whether {@code conversation} is a group we know (any thread). */
    public boolean isGroup(Address conversation) {
        return ctx.db().read(tx -> tx.groups().find(conversation.withoutPublicKey()).isPresent());
    }

    // --- the Messenger methods for group conversations; engine thread ---

    /** A text to the group, optionally quoting {@code quoted}. */
    public StoredMessage send(Address group, String text, Bytes quoted) {
        return sender.send(group, 0, text, quoted);
    }

    public void edit(MessageKey message, String text) {
        sender.edit(message, text);
    }

    public void delete(MessageKey message) {
        sender.delete(message);
    }

    public void react(MessageKey message, String emoji) {
        sender.react(message, emoji);
    }

    public void typing(Address group) {
        sender.typing(group);
    }

    /** Sends a failed message of ours again (rebuilding its copies to the next hops when none is left). */
    public int retry(MessageKey message) {
        return ChatSender.retry(ctx, message, sender::requeue);
    }

    public int markRead(Address group) {
        return receipts.markRead(group);
    }

    // --- GroupChats ---

    @Override
    public CompletionStage<Group> create(String name, List<Address> members, boolean hideParticipants, List<String> channels) {
        List<Address> m = List.copyOf(Objects.requireNonNull(members, "members"));
        List<String> c = channels == null ? List.of() : List.copyOf(channels);
        return thread.submit(() -> admin.create(name, m, hideParticipants, c));
    }

    @Override
    public CompletionStage<Group> addMembers(Address group, List<Address> members) {
        List<Address> m = List.copyOf(Objects.requireNonNull(members, "members"));
        return thread.submit(() -> admin.addMembers(group, m));
    }

    @Override
    public CompletionStage<Group> removeMember(Address group, Address member) {
        return thread.submit(() -> admin.removeMember(group, member));
    }

    @Override
    public CompletionStage<Group> rename(Address group, String name) {
        return thread.submit(() -> admin.rename(group, name));
    }

    @Override
    public CompletionStage<Group> setAvatar(Address group, Bytes avatar) {
        return thread.submit(() -> admin.setAvatar(group, avatar));
    }

    @Override
    public CompletionStage<StoredMessage> sendText(Address group, int channel, String text) {
        return thread.submit(() -> sender.send(group, channel, text, Bytes.EMPTY));
    }

    @Override
    public CompletionStage<Void> leave(Address group) {
        return thread.submit(() -> {
            admin.leave(group);
            return null;
        });
    }

    @Override
    public CompletionStage<Group> setMuted(Address group, boolean muted) {
        return thread.submit(() -> ctx.db().inTransaction(tx -> {
            if (!tx.groups().setMuted(group.withoutPublicKey(), muted)) {
                throw new ChatException("unknown group " + group);
            }
            Group g = tx.groups().find(group.withoutPublicKey()).orElseThrow();
            ctx.events().afterCommit(tx, new EngineEvent.GroupChanged(g));
            return g;
        }));
    }

    @Override
    public List<Group> all() {
        return ctx.db().read(tx -> tx.groups().all().stream()
                .filter(g -> new GroupView(g, ctx.self().address()).active(tx)).toList());
    }

    @Override
    public Optional<Group> find(Address group) {
        return ctx.db().read(tx -> tx.groups().find(group.withoutPublicKey()));
    }

    @Override
    public List<GroupMember> members(Address group) {
        return ctx.db().read(tx -> tx.groups().members(group.withoutPublicKey()).stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE).toList());
    }

    @Override
    public List<Channel> channels(Address group) {
        return ctx.db().read(tx -> tx.groups().channels(group.withoutPublicKey()));
    }
}
