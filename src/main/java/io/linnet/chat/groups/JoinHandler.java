package io.linnet.chat.groups;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Verdict;
import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.MemberStatus;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.CreateGroupMessage;
import io.linnet.ixian.spixi.GroupChannel;
import io.linnet.ixian.spixi.GroupParticipant;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A received {@code createGroup} (§6.5): the group's address is derived from the contact it came from (the
 * transport sender), never taken from the message, so nobody but the creator can create or change a group
 * with that address. The StreamMessage timestamp is the replay guard: a createGroup not newer than the last
 * one accepted is acknowledged (it is the owner's, and already superseded) but changes nothing; one more
 * than {@link #MAX_CLOCK_AHEAD} ahead of network time is refused, since it would freeze the membership.
 * Joining needs no consent, as in Spixi; a createGroup that does not list us makes a new group no one
 * joins, and removes us from a group we are in. Engine thread.
 */
final class JoinHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JoinHandler.class);
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(10);
    private final EngineContext ctx;

    JoinHandler(EngineContext ctx) {
        this.ctx = ctx;
    }

    Verdict onCreateGroup(Contact from, StreamMessage m, SpixiMessage s) throws ProtocolException {
        CreateGroupMessage cg = CreateGroupMessage.decode(s.data().toByteArray(), CreateGroupMessage.LINNET_MAX_PARTICIPANTS);
        long now = ctx.transport().networkTime().instant().getEpochSecond();
        if (m.timestamp() > now + MAX_CLOCK_AHEAD.toSeconds()) {
            LOG.warn("refused createGroup {} from {}: timestamp {} is ahead of network time {}", m.id(), from.address(),
                    m.timestamp(), now);
            return Verdict.REJECT;
        }
        Address owner = from.address();
        Address address = GroupAddress.derive(owner, cg.randomId().toByteArray());
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            Group existing = tx.groups().find(address).orElse(null);
            Group g = existing != null ? existing.withName(cg.groupName()).withHideParticipants(cg.hideParticipantAddresses())
                    : new Group(address, cg.randomId(), owner, cg.groupName(), cg.hideParticipantAddresses(), GroupRole.MEMBER,
                            m.timestamp(), false, Bytes.EMPTY, ctx.now());
            GroupView v = new GroupView(g, ctx.self().address());
            List<GroupMember> members = members(v, from, cg);
            boolean listed = members.stream().anyMatch(x -> x.address().equals(v.me()));
            if (existing == null) {
                if (!listed) {
                    LOG.info("createGroup {} from {} does not list us; not joining", m.id(), owner);
                    return Verdict.ACK;
                }
            } else if (!existing.owner().equals(owner)) {
                LOG.warn("refused createGroup {}: group {} belongs to {}, not {}", m.id(), address, existing.owner(), owner);
                return Verdict.REJECT;
            } else if (m.timestamp() <= existing.lastCreateGroupTimestamp()) {
                int learnt = rememberFormer(tx, address, members);
                LOG.info("createGroup {} from {} is not newer than the one accepted ({} <= {}); ignored{}", m.id(), owner,
                        m.timestamp(), existing.lastCreateGroupTimestamp(), learnt == 0 ? "" : ", but " + learnt + " former members learnt");
                return Verdict.ACK;
            } else {
                tx.groups().acceptCreateGroup(address, m.timestamp());
            }
            boolean wasIn = existing != null && new GroupView(existing, v.self()).active(tx);
            if (wasIn && !listed) {
                StrandedCopies.drop(tx, address, existing.owner());
            }
            tx.groups().save(g);
            if (!listed) {
                members.add(new GroupMember(v.me(), null, "", GroupRole.MEMBER, MemberStatus.KICKED));
            }
            List<GroupMember> before = existing == null ? List.of() : tx.groups().members(address);
            tx.groups().replaceMembers(address, members);
            rememberFormer(tx, address, before.stream().filter(x -> !x.address().equals(v.me())).toList());
            replaceChannels(tx, address, cg.channels());
            Group stored = tx.groups().find(address).orElseThrow();
            ctx.events().afterCommit(tx, new EngineEvent.GroupChanged(stored));
            if (wasIn && !listed) {
                ctx.events().afterCommit(tx, new EngineEvent.GroupLeft(address, Membership.REMOVED));
            }
            LOG.info("{} group {} from {} with {} participants", existing == null ? "joined" : "updated", address, owner,
                    cg.participants().size());
            return Verdict.ACK;
        });
    }

    /**
     * Keeps, as removed, the members in {@code listed} that the group no longer holds: a message one of them
     * wrote while a member may still come, relayed by the owner, after the membership that dropped them (the
     * owner resends until it is acknowledged). Only someone the owner listed once is taken as an author that
     * way; a member we hold already keeps its state. How many were added.
     */
    private static int rememberFormer(Transaction tx, Address group, List<GroupMember> listed) {
        int added = 0;
        for (GroupMember m : listed) {
            if (m.role() != GroupRole.OWNER && tx.groups().findMember(group, m.address()).isEmpty()) {
                MemberStatus status = m.status() == MemberStatus.ACTIVE ? MemberStatus.KICKED : m.status();
                tx.groups().saveMember(group, new GroupMember(m.address(), m.realAddress(), m.nickname(), m.role(), status));
                added++;
            }
        }
        return added;
    }

    /** The owner first, then the participants in the owner's order (any listing of the owner dropped). */
    private static List<GroupMember> members(GroupView v, Contact owner, CreateGroupMessage cg) {
        List<GroupMember> out = new ArrayList<>();
        out.add(GroupMember.of(owner.address(), owner.nickname(), GroupRole.OWNER));
        Set<Address> seen = new HashSet<>(Set.of(owner.address()));
        for (GroupParticipant p : cg.participants()) {
            Address a = p.address().withoutPublicKey();
            if (seen.add(a)) {
                out.add(GroupMember.of(a, p.nick(), GroupRole.MEMBER));
            }
        }
        return out;
    }

    private static void replaceChannels(Transaction tx, Address group, List<GroupChannel> channels) {
        Set<Integer> keep = new HashSet<>();
        for (GroupChannel c : channels) {
            int index = c.channel().index();
            if (index > 0 && keep.add(index)) {
                tx.groups().saveChannel(group, new Channel(index, c.name()));
            }
        }
        for (Channel c : tx.groups().channels(group)) {
            if (!keep.contains(c.index())) {
                tx.groups().removeChannel(group, c.index());
            }
        }
    }
}
