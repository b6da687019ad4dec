package io.linnet.chat.groups;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.MemberStatus;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.spixi.SpixiLimits;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.StreamCapabilities;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The owner's powers (create, add, remove, rename, group avatar) and leaving. Every change and the
 * createGroup copies it sends commit in one transaction. Engine thread.
 */
final class GroupAdmin {
    private final EngineContext ctx;
    private final Invitations invitations;
    private final GroupOutbox outbox;

    GroupAdmin(EngineContext ctx, Invitations invitations, GroupOutbox outbox) {
        this.ctx = ctx;
        this.invitations = invitations;
        this.outbox = outbox;
    }

    Group create(String name, List<Address> members, boolean hide, List<String> channelNames) {
        checkName(name);
        List<Channel> channels = channels(channelNames);
        Bytes randomId = Bytes.of(CryptoRandom.bytes(GroupAddress.RANDOM_ID_LENGTH));
        Address self = ctx.self().address();
        Address address = GroupAddress.derive(self, randomId.toByteArray());
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            List<Contact> contacts = newMembers(tx, members, Set.of(self));
            Invitations.checkSize(contacts.size(), contacts);
            long timestamp = ctx.transport().networkTime().instant().getEpochSecond();
            Group g = new Group(address, randomId, self, name.strip(), hide, GroupRole.OWNER, timestamp, false, Bytes.EMPTY,
                    ctx.now());
            tx.groups().save(g);
            GroupView v = new GroupView(g, self);
            List<GroupMember> rows = new ArrayList<>();
            rows.add(GroupMember.of(self, ownNickname(tx), GroupRole.OWNER));
            for (Contact c : contacts) {
                rows.add(member(v, c));
            }
            tx.groups().replaceMembers(address, rows);
            channels.forEach(ch -> tx.groups().saveChannel(address, ch));
            invitations.send(tx, v, timestamp, contacts);
            changed(tx, g);
            return g;
        });
    }

    Group addMembers(Address group, List<Address> members) {
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            GroupView v = owned(tx, group);
            Set<Address> present = new HashSet<>();
            for (GroupMember m : v.others(tx)) {
                present.add(v.realAddress(m).orElseThrow());
            }
            present.add(ctx.self().address());
            List<Contact> added = newMembers(tx, members, present);
            List<Contact> everyone = new ArrayList<>(Routing.members(tx, v, v.others(tx), null));
            everyone.addAll(added);
            Invitations.checkSize(everyone.size(), everyone);
            for (Contact c : added) {
                tx.groups().saveMember(v.address(), member(v, c));
            }
            Group g = announce(tx, v, v.group(), everyone);
            if (!g.avatar().isEmpty()) {
                queueAvatar(tx, v, g.avatar(), added);
            }
            return g;
        });
    }

    Group removeMember(Address group, Address member) {
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            GroupView v = owned(tx, group);
            GroupMember m = v.activeMember(tx, member.withoutPublicKey())
                    .or(() -> v.activeMemberByReal(tx, member))
                    .orElseThrow(() -> new ChatException(member + " is not a member of the group"));
            if (m.role() == GroupRole.OWNER) {
                throw new ChatException("the owner cannot be removed; leaving dissolves the group");
            }
            List<Contact> told = new ArrayList<>(Routing.members(tx, v, v.others(tx), null));
            tx.groups().removeMember(v.address(), m.address());
            return announce(tx, v, v.group(), told);
        });
    }

    Group rename(Address group, String name) {
        checkName(name);
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            GroupView v = owned(tx, group);
            Group renamed = v.group().withName(name.strip());
            tx.groups().save(renamed);
            return announce(tx, v, renamed, Routing.members(tx, v, v.others(tx), null));
        });
    }

    Group setAvatar(Address group, Bytes avatar) {
        Bytes a = avatar == null ? Bytes.EMPTY : avatar;
        if (a.length() > LinnetWire.MAX_AVATAR_BYTES) {
            throw new ChatException("avatars hold at most 500 000 bytes");
        }
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            GroupView v = owned(tx, group);
            Group g = v.group().withAvatar(a);
            tx.groups().save(g);
            queueAvatar(tx, v, a, Routing.members(tx, v, v.others(tx), null));
            changed(tx, g);
            return g;
        });
    }

    /** Leaves the group; the owner's leave dissolves it for everyone. */
    void leave(Address group) {
        ctx.db().useTransaction(Durability.FULL, tx -> {
            GroupView v = GroupView.find(tx, group, ctx.self().address())
                    .orElseThrow(() -> new ChatException("unknown group " + group));
            if (!v.active(tx)) {
                throw new ChatException("we are no longer in this group");
            }
            SpixiMessage leave = SpixiMessage.ofGroup(SpixiMessageCode.LEAVE, Bytes.EMPTY, v.address());
            Routing.Route r = Routing.ours(tx, v);
            outbox.queue(tx, r.hops(), leave.withGroupSenderAddress(r.groupSender()), StreamMessage.randomId(),
                    StreamMessageCode.DATA, null);
            Membership.markSelf(tx, v, MemberStatus.LEFT);
            ctx.events().afterCommit(tx, new EngineEvent.GroupLeft(v.address(), v.owned() ? Membership.DISSOLVED : Membership.LEFT));
        });
    }

    /** Stores the change's timestamp and sends the new createGroup to {@code to}. */
    private Group announce(Transaction tx, GroupView v, Group g, List<Contact> to) {
        long timestamp = invitations.nextTimestamp(v);
        tx.groups().acceptCreateGroup(v.address(), timestamp);
        invitations.send(tx, new GroupView(g, v.self()), timestamp, to);
        Group stored = tx.groups().find(v.address()).orElseThrow();
        changed(tx, stored);
        return stored;
    }

    private void queueAvatar(Transaction tx, GroupView v, Bytes avatar, List<Contact> to) {
        SpixiMessage body = SpixiMessage.ofGroup(SpixiMessageCode.AVATAR, avatar, v.address());
        outbox.queue(tx, to, body, StreamMessage.randomId(), StreamMessageCode.INFO, null);
    }

    private GroupView owned(Transaction tx, Address group) {
        GroupView v = GroupView.find(tx, group, ctx.self().address())
                .orElseThrow(() -> new ChatException("unknown group " + group));
        if (!v.owned()) {
            throw new ChatException("only the group's owner can do that");
        }
        if (!v.active(tx)) {
            throw new ChatException("the group was dissolved");
        }
        return v;
    }

    /** The approved, established, group-capable contacts behind {@code addresses}, none of them in {@code present}. */
    private List<Contact> newMembers(Transaction tx, List<Address> addresses, Set<Address> present) {
        Set<Address> distinct = new LinkedHashSet<>();
        for (Address a : addresses) {
            Address plain = a.withoutPublicKey();
            if (present.contains(plain)) {
                throw new ChatException(plain + " is already in the group");
            }
            if (!distinct.add(plain)) {
                throw new ChatException(plain + " is listed twice");
            }
        }
        List<Contact> out = new ArrayList<>(distinct.size());
        for (Address a : distinct) {
            Contact c = tx.contacts().find(a).orElseThrow(() -> new ChatException(a + " is not a contact"));
            if (c.state() != ContactState.APPROVED || !c.keys().present()) {
                throw new ChatException(c.displayName() + " is not an established contact yet");
            }
            if (!c.capabilities().has(StreamCapabilities.GROUP_CAPABILITIES)) {
                throw new ChatException(c.displayName() + "'s app does not take part in groups");
            }
            out.add(c);
        }
        return out;
    }

    /** The member row for a contact: virtual address and real address in privacy mode, the real one otherwise. */
    private static GroupMember member(GroupView v, Contact c) {
        String nick = c.nickname().isEmpty() ? c.localNickname() : c.nickname();
        Address seen = v.asSeen(c.address());
        return new GroupMember(seen, v.hidden() ? c.address() : null, nick, GroupRole.MEMBER, MemberStatus.ACTIVE);
    }

    private static String ownNickname(Transaction tx) {
        return tx.identity().find().map(i -> i.nickname()).orElse("");
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new ChatException("a group needs a name");
        }
        if (name.strip().getBytes(StandardCharsets.UTF_8).length > SpixiLimits.MAX_GROUP_NAME_BYTES) {
            throw new ChatException("the group name is too long");
        }
    }

    private static List<Channel> channels(List<String> names) {
        List<String> given = names == null ? List.of() : names;
        if (given.size() > SpixiLimits.MAX_GROUP_CHANNELS) {
            throw new ChatException("a group has at most " + SpixiLimits.MAX_GROUP_CHANNELS + " channels");
        }
        Set<String> seen = new HashSet<>();
        List<Channel> out = new ArrayList<>();
        for (String n : given) {
            String name = n == null ? "" : n.strip();
            if (name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > SpixiLimits.MAX_CHANNEL_NAME_BYTES) {
                throw new ChatException("a channel needs a name of at most " + SpixiLimits.MAX_CHANNEL_NAME_BYTES + " bytes");
            }
            if (!seen.add(name)) {
                throw new ChatException("channel " + name + " is listed twice");
            }
            out.add(new Channel(out.size() + 1, name));
        }
        return out;
    }

    private void changed(Transaction tx, Group g) {
        ctx.events().afterCommit(tx, new EngineEvent.GroupChanged(g));
    }
}
