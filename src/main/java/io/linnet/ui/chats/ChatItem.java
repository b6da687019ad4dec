package io.linnet.ui.chats;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the chat list, immutable: a new value replaces the old one when anything changes.
 *
 * @param address the contact's or group's address
 * @param group whether it is a group
 * @param title what the line is called
 * @param preview the newest message's text ({@code ""} if none)
 * @param previewMine whether we wrote that message
 * @param time when that message was sent, {@code null} if there is none
 * @param unread incoming messages not read yet
 * @param muted whether notifications are off
 * @param online whether the contact is reachable now (always false for groups)
 * @param avatar the contact's picture, {@link Bytes#EMPTY} if none
 */
public record ChatItem(Address address, boolean group, String title, String preview, boolean previewMine, Instant time,
        int unread, boolean muted, boolean online, Bytes avatar) {
    public ChatItem {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(preview, "preview");
        avatar = avatar == null ? Bytes.EMPTY : avatar;
    }

    public ChatItem withOnline(boolean v) {
        return new ChatItem(address, group, title, preview, previewMine, time, unread, muted, v, avatar);
    }
}
