package io.linnet.chat.identity;

import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.Reaction;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.codec.Bytes;
import java.util.List;
import java.util.Objects;

/**
 * Everything of a profile's database a backup carries: our own nickname and avatar, the contacts with their
 * pair keys, the groups with members and channels, and optionally the message history with reactions.
 * Immutable.
 *
 * @param nickname the nickname we announce
 * @param avatar the avatar we announce, {@link Bytes#EMPTY} if none
 * @param contacts every contact (handshake secrets of half-finished handshakes are not carried)
 * @param groups every group with its members and channels
 * @param history whether the messages are included; {@code false} means {@code messages} is empty because
 *     the user left history out, not because there was none
 * @param messages every message of every conversation (when {@code history}), with its reactions
 */
public record ProfileSnapshot(String nickname, Bytes avatar, List<Contact> contacts, List<GroupRecord> groups,
        boolean history, List<MessageRecord> messages) {

    public ProfileSnapshot {
        Objects.requireNonNull(nickname, "nickname");
        avatar = avatar == null ? Bytes.EMPTY : avatar;
        contacts = List.copyOf(contacts);
        groups = List.copyOf(groups);
        messages = List.copyOf(messages);
        if (!history && !messages.isEmpty()) {
            throw new IllegalArgumentException("messages in a snapshot without history");
        }
    }

    /** Contacts only, as format-1 backups hold. */
    public static ProfileSnapshot ofContacts(List<Contact> contacts) {
        return new ProfileSnapshot("", Bytes.EMPTY, contacts, List.of(), false, List.of());
    }

    /** A group as stored with its members (in their order) and its channels. */
    public record GroupRecord(Group group, List<GroupMember> members, List<Channel> channels) {
        public GroupRecord {
            Objects.requireNonNull(group, "group");
            members = List.copyOf(members);
            channels = List.copyOf(channels);
        }
    }

    /** A message as stored (its {@code seq} is local and not restored) with its reactions, oldest first. */
    public record MessageRecord(StoredMessage message, List<Reaction> reactions) {
        public MessageRecord {
            Objects.requireNonNull(message, "message");
            reactions = List.copyOf(reactions);
        }
    }
}
