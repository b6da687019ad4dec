package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.util.Objects;

/**
 * One line of the chat list.
 *
 * @param conversation the contact's or group's address
 * @param kind what the conversation is with
 * @param title the contact's local nickname or nickname, or the group name; {@code ""} if none
 * @param lastMessage the newest message
 * @param unreadCount incoming messages not read yet
 * @param muted whether notifications are off (groups)
 */
public record ConversationSummary(
        Address conversation,
        ConversationKind kind,
        String title,
        StoredMessage lastMessage,
        int unreadCount,
        boolean muted) {

    public ConversationSummary {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        Objects.requireNonNull(lastMessage, "lastMessage");
    }
}
