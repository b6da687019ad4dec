package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.Objects;

/**
 * Names one message: the conversation it belongs to and its wire id. Unique for ever — the store keeps
 * deleted messages as tombstones, so a re-delivered message is still recognised.
 *
 * @param conversation the contact's address for a direct chat, the group's address for a group
 * @param messageId the message id from the wire (16 random bytes for chat messages)
 */
public record MessageKey(Address conversation, Bytes messageId) {

    public MessageKey {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(messageId, "messageId");
        if (messageId.isEmpty()) {
            throw new IllegalArgumentException("empty message id");
        }
    }
}
