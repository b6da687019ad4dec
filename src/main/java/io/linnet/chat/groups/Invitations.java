package io.linnet.chat.groups;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.OutboxQueue;
import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.BotChannel;
import io.linnet.ixian.spixi.CreateGroupMessage;
import io.linnet.ixian.spixi.GroupChannel;
import io.linnet.ixian.spixi.GroupParticipant;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The owner's {@code createGroup} (ixian-streaming-groups.md §3.5, §6.3): the whole membership, sent one to
 * one to each member, each copy stamped with the same timestamp, which must be newer than the last one the
 * members accepted — that is how a membership change or rename replaces the old one.
 *
 * <p>Participants are every active member but the owner: real addresses in standard mode, virtual ones in
 * privacy mode, each with a nickname. Channels go only to contacts announcing Linnet's extensions: Spixi's
 * parser throws on any channel, so Spixi members get the same message with an empty channel list. Spixi also
 * refuses more than {@value CreateGroupMessage#SPIXI_MAX_PARTICIPANTS} participants, so a group that
 * has a Spixi member stays that small ({@link #checkSize}). Stateless; engine thread.
 */
final class Invitations {
    private final EngineContext ctx;

    Invitations(EngineContext ctx) {
        this.ctx = ctx;
    }

    /** A timestamp newer than every createGroup sent for this group so far. */
    long nextTimestamp(GroupView v) {
        return Math.max(ctx.transport().networkTime().instant().getEpochSecond(), v.group().lastCreateGroupTimestamp() + 1);
    }

    /**
     * Checks that {@code participants} members (besides the owner) fit what every one of {@code contacts}
     * can take.
     */
    static void checkSize(int participants, List<Contact> contacts) {
        if (participants > CreateGroupMessage.LINNET_MAX_PARTICIPANTS) {
            throw new ChatException("a group holds at most " + (CreateGroupMessage.LINNET_MAX_PARTICIPANTS + 1) + " members");
        }
        if (participants > CreateGroupMessage.SPIXI_MAX_PARTICIPANTS) {
            for (Contact c : contacts) {
                if (!LinnetWire.supportsExtensions(c.capabilities())) {
                    throw new ChatException(c.displayName() + "'s app takes groups of at most "
                            + (CreateGroupMessage.SPIXI_MAX_PARTICIPANTS + 1) + " members");
                }
            }
        }
    }

    /** Queues the group's current createGroup, stamped {@code timestamp}, to each of {@code to}. */
    void send(Transaction tx, GroupView v, long timestamp, List<Contact> to) {
        List<GroupMember> members = tx.groups().members(v.address()).stream()
                .filter(m -> m.role() != GroupRole.OWNER && m.status() == io.linnet.chat.store.MemberStatus.ACTIVE).toList();
        List<GroupParticipant> participants = new ArrayList<>(members.size());
        for (GroupMember m : members) {
            participants.add(new GroupParticipant(Bytes.of(m.address().noChecksum()), m.nickname()));
        }
        List<GroupChannel> channels = new ArrayList<>();
        for (Channel c : tx.groups().channels(v.address())) {
            channels.add(new GroupChannel(c.name(), new BotChannel(c.index(), c.name())));
        }
        SpixiMessage forLinnet = message(v, participants, channels);
        SpixiMessage forSpixi = channels.isEmpty() ? forLinnet : message(v, participants, List.of());
        for (Contact c : to) {
            SpixiMessage body = LinnetWire.supportsExtensions(c.capabilities()) ? forLinnet : forSpixi;
            StreamMessage plain = Envelopes.plain(ctx, c.address(), StreamMessage.randomId(), body, StreamMessageCode.DATA,
                    EncryptionCode.SPIXI2, true).toBuilder().timestamp(timestamp).build();
            OutboxQueue.enqueue(ctx, tx, plain, null);
        }
    }

    private static SpixiMessage message(GroupView v, List<GroupParticipant> participants, List<GroupChannel> channels) {
        CreateGroupMessage cg = new CreateGroupMessage(v.group().randomId(), v.group().name(), v.hidden(), participants, channels);
        return SpixiMessage.of(SpixiMessageCode.CREATE_GROUP, Bytes.of(cg.encode()));
    }
}
