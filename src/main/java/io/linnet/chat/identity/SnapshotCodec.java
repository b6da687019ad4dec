package io.linnet.chat.identity;

import io.linnet.chat.identity.ProfileSnapshot.GroupRecord;
import io.linnet.chat.identity.ProfileSnapshot.MessageRecord;
import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactKeys;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.HandshakeSecrets;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.MemberStatus;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.Reaction;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.spixi.StreamCapabilities;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The plaintext inside a backup (see {@link BackupFile} for the layout). Every enum travels as its stored
 * {@code code()}, every time as epoch milliseconds ({@code -1} for none), every address without checksum
 * ({@code ""} for none). Any value that does not decode is a {@link ProtocolException}. Stateless.
 */
final class SnapshotCodec {
    private static final int MAX_BLOB = 64 * 1024 * 1024;
    private static final int MAX_COUNT = 10_000_000;

    private SnapshotCodec() {}

    /** Format 2: profile, contacts, groups, then the history flag and the messages. */
    static byte[] write(ProfileSnapshot s) {
        IxiWriter w = new IxiWriter();
        w.dotNetString(s.nickname()).ixiBytes(s.avatar().toByteArray());
        writeContacts(w, s.contacts());
        w.varUInt(s.groups().size());
        for (GroupRecord g : s.groups()) {
            writeGroup(w, g);
        }
        w.bool(s.history()).varUInt(s.messages().size());
        for (MessageRecord m : s.messages()) {
            writeMessage(w, m);
        }
        return w.toByteArray();
    }

    static ProfileSnapshot read(byte[] plain) throws ProtocolException {
        IxiReader r = new IxiReader(plain);
        String nick = r.dotNetString(4096, "nickname");
        Bytes avatar = Bytes.of(r.ixiBytes(MAX_BLOB, "avatar"));
        List<Contact> contacts = readContacts(r);
        int groupCount = r.varUIntAtMost(MAX_COUNT, "group count");
        List<GroupRecord> groups = new ArrayList<>();
        for (int i = 0; i < groupCount; i++) {
            groups.add(readGroup(r));
        }
        boolean history = r.bool("history");
        int messageCount = r.varUIntAtMost(history ? MAX_COUNT : 0, "message count");
        List<MessageRecord> messages = new ArrayList<>();
        for (int i = 0; i < messageCount; i++) {
            messages.add(readMessage(r));
        }
        r.expectEnd("backup contents");
        return new ProfileSnapshot(nick, avatar, contacts, groups, history, messages);
    }

    /** The format-1 contents: the contact list alone. */
    static byte[] writeContactsOnly(List<Contact> contacts) {
        IxiWriter w = new IxiWriter();
        writeContacts(w, contacts);
        return w.toByteArray();
    }

    static ProfileSnapshot readContactsOnly(byte[] plain) throws ProtocolException {
        IxiReader r = new IxiReader(plain);
        List<Contact> contacts = readContacts(r);
        r.expectEnd("contact list");
        return ProfileSnapshot.ofContacts(contacts);
    }

    private static void writeContacts(IxiWriter w, List<Contact> contacts) {
        w.varUInt(contacts.size());
        for (Contact c : contacts) {
            address(w, c.address());
            w.ixiBytes(c.publicKey().toByteArray());
            w.dotNetString(c.nickname());
            w.dotNetString(c.localNickname());
            w.ixiBytes(c.avatar().toByteArray());
            w.varUInt(c.state().code());
            w.varUInt(c.keys().present() ? c.handshakeStatus().code() : Math.min(c.handshakeStatus().code(), 1));
            w.ixiBytes(c.keys().aesKey().toByteArray());
            w.ixiBytes(c.keys().chachaKey().toByteArray());
            time(w, c.keys().generatedAt());
            w.varUInt(c.capabilities().bits());
            w.varUInt(c.protocolVersion());
            w.int64(c.addedAt().toEpochMilli());
        }
    }

    private static List<Contact> readContacts(IxiReader r) throws ProtocolException {
        int n = r.varUIntAtMost(1_000_000, "contact count");
        List<Contact> out = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            Address address = requiredAddress(r, "address");
            Bytes key = Bytes.of(r.ixiBytes(4096, "publicKey"));
            String nick = r.dotNetString(4096, "nickname");
            String local = r.dotNetString(4096, "localNickname");
            Bytes avatar = Bytes.of(r.ixiBytes(MAX_BLOB, "avatar"));
            ContactState state = decode(() -> ContactState.fromCode(r.varUIntAtMost(255, "state")), "state");
            HandshakeStatus status = decode(() -> HandshakeStatus.fromCode(r.varUIntAtMost(255, "handshakeStatus")), "handshakeStatus");
            Bytes aes = Bytes.of(r.ixiBytes(64, "aesKey"));
            Bytes chacha = Bytes.of(r.ixiBytes(64, "chachaKey"));
            Instant keysAt = time(r, "keysAt");
            int caps = r.varUIntAtMost(Integer.MAX_VALUE, "capabilities");
            int version = r.varUIntAtMost(247, "protocolVersion");
            Instant added = Instant.ofEpochMilli(r.int64("addedAt"));
            out.add(new Contact(address, key, nick, local, avatar, state, status, new ContactKeys(aes, chacha, keysAt),
                    HandshakeSecrets.NONE, new StreamCapabilities(caps), version, 0, added));
        }
        return out;
    }

    private static void writeGroup(IxiWriter w, GroupRecord rec) {
        Group g = rec.group();
        address(w, g.address());
        w.ixiBytes(g.randomId().toByteArray());
        address(w, g.owner());
        w.dotNetString(g.name()).bool(g.hideParticipants()).varUInt(g.ownRole().code());
        w.int64(g.lastCreateGroupTimestamp()).bool(g.muted()).ixiBytes(g.avatar().toByteArray());
        w.int64(g.createdAt().toEpochMilli());
        w.varUInt(rec.members().size());
        for (GroupMember m : rec.members()) {
            address(w, m.address());
            address(w, m.realAddress());
            w.dotNetString(m.nickname()).varUInt(m.role().code()).varUInt(m.status().code());
        }
        w.varUInt(rec.channels().size());
        for (Channel c : rec.channels()) {
            w.varUInt(c.index()).dotNetString(c.name());
        }
    }

    private static GroupRecord readGroup(IxiReader r) throws ProtocolException {
        Address address = requiredAddress(r, "group address");
        Bytes randomId = Bytes.of(r.ixiBytes(64, "randomId"));
        Address owner = requiredAddress(r, "owner");
        String name = r.dotNetString(4096, "group name");
        boolean hide = r.bool("hideParticipants");
        GroupRole role = decode(() -> GroupRole.fromCode(r.varUIntAtMost(255, "ownRole")), "ownRole");
        long lastCreate = r.int64("lastCreateGroupTimestamp");
        boolean muted = r.bool("muted");
        Bytes avatar = Bytes.of(r.ixiBytes(MAX_BLOB, "group avatar"));
        Instant created = Instant.ofEpochMilli(r.int64("createdAt"));
        Group g = new Group(address, randomId, owner, name, hide, role, lastCreate, muted, avatar, created);
        int n = r.varUIntAtMost(MAX_COUNT, "member count");
        List<GroupMember> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Address a = requiredAddress(r, "member");
            Address real = address(r, "realAddress");
            String nick = r.dotNetString(4096, "member nickname");
            GroupRole mr = decode(() -> GroupRole.fromCode(r.varUIntAtMost(255, "role")), "role");
            MemberStatus st = decode(() -> MemberStatus.fromCode(r.varUIntAtMost(255, "status")), "status");
            members.add(new GroupMember(a, real, nick, mr, st));
        }
        int c = r.varUIntAtMost(65_536, "channel count");
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            channels.add(new Channel(r.varUIntAtMost(Integer.MAX_VALUE, "channel"), r.dotNetString(4096, "channel name")));
        }
        return new GroupRecord(g, members, channels);
    }

    private static void writeMessage(IxiWriter w, MessageRecord rec) {
        StoredMessage m = rec.message();
        address(w, m.key().conversation());
        w.ixiBytes(m.key().messageId().toByteArray());
        w.varUInt(m.channel()).varUInt(m.direction().code());
        address(w, m.author());
        w.varUInt(m.state().code());
        w.int64(m.sentAt().toEpochMilli()).int64(m.receivedAt().toEpochMilli());
        time(w, m.editedAt());
        time(w, m.deletedAt());
        w.ixiBytes(m.replyTo().toByteArray()).dotNetString(m.body());
        w.varUInt(rec.reactions().size());
        for (Reaction x : rec.reactions()) {
            address(w, x.sender());
            w.dotNetString(x.reaction()).int64(x.reactedAt().toEpochMilli());
        }
    }

    private static MessageRecord readMessage(IxiReader r) throws ProtocolException {
        MessageKey key = new MessageKey(requiredAddress(r, "conversation"), Bytes.of(r.ixiBytes(64, "message id")));
        int channel = r.varUIntAtMost(Integer.MAX_VALUE, "channel");
        Direction dir = decode(() -> Direction.fromCode(r.varUIntAtMost(255, "direction")), "direction");
        Address author = address(r, "author");
        MessageState state = decode(() -> MessageState.fromCode(r.varUIntAtMost(255, "state")), "state");
        Instant sent = Instant.ofEpochMilli(r.int64("sentAt"));
        Instant received = Instant.ofEpochMilli(r.int64("receivedAt"));
        Instant edited = time(r, "editedAt");
        Instant deleted = time(r, "deletedAt");
        Bytes replyTo = Bytes.of(r.ixiBytes(64, "replyTo"));
        String body = r.dotNetString(1024 * 1024, "body");
        int n = r.varUIntAtMost(100_000, "reaction count");
        List<Reaction> reactions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            reactions.add(new Reaction(requiredAddress(r, "reaction sender"), r.dotNetString(256, "reaction"),
                    Instant.ofEpochMilli(r.int64("reactedAt"))));
        }
        return new MessageRecord(new StoredMessage(0, key, channel, dir, author, state, sent, received, edited, deleted,
                replyTo, body), reactions);
    }

    private static void address(IxiWriter w, Address a) {
        w.ixiBytes(a == null ? new byte[0] : a.noChecksum());
    }

    private static Address address(IxiReader r, String what) throws ProtocolException {
        byte[] b = r.ixiBytes(64, what);
        return b == null || b.length == 0 ? null : Address.fromBytes(b);
    }

    private static Address requiredAddress(IxiReader r, String what) throws ProtocolException {
        Address a = address(r, what);
        if (a == null) {
            throw new ProtocolException("missing " + what, r.position());
        }
        return a;
    }

    private static void time(IxiWriter w, Instant t) {
        w.int64(t == null ? -1 : t.toEpochMilli());
    }

    private static Instant time(IxiReader r, String what) throws ProtocolException {
        long ms = r.int64(what);
        return ms < 0 ? null : Instant.ofEpochMilli(ms);
    }

    @FunctionalInterface
    private interface Decoder<T> {
        T get() throws ProtocolException;
    }

    /** Turns an unknown enum code into a {@link ProtocolException}. */
    private static <T> T decode(Decoder<T> d, String what) throws ProtocolException {
        try {
            return d.get();
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("bad " + what + ": " + e.getMessage(), 0);
        }
    }
}
