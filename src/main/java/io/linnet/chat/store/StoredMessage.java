package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.time.Instant;
import java.util.Objects;

/**
 * A message as stored.
 *
 * @param seq local insertion number, unique in the database
 * @param key conversation and wire id
 * @param channel the SpixiMessage channel
 * @param direction who wrote it
 * @param author the author in a group, {@code null} in direct chats
 * @param state where the message is in its life
 * @param sentAt the message time the conversation is ordered by
 * @param receivedAt when this device stored it
 * @param editedAt when the text was last edited, {@code null} if never
 * @param deletedAt when it was deleted for everyone, {@code null} if not; a deleted message is a tombstone
 *     with an empty body
 * @param replyTo id of the quoted message, {@link Bytes#EMPTY} if none
 * @param body the text ({@code ""} for a tombstone)
 */
public record StoredMessage(
        long seq,
        MessageKey key,
        int channel,
        Direction direction,
        Address author,
        MessageState state,
        Instant sentAt,
        Instant receivedAt,
        Instant editedAt,
        Instant deletedAt,
        Bytes replyTo,
        String body) {

    public StoredMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(state, "state");
        sentAt = Times.required(sentAt, "sentAt");
        receivedAt = Times.required(receivedAt, "receivedAt");
        editedAt = Times.millis(editedAt);
        deletedAt = Times.millis(deletedAt);
        replyTo = replyTo == null ? Bytes.EMPTY : replyTo;
        Objects.requireNonNull(body, "body");
    }

    /** What a store read by {@link #seq()} found for some of {@code messages}, by their keys instead. */
    public static <V> java.util.Map<MessageKey, V> bySeq(java.util.List<StoredMessage> messages, java.util.Map<Long, V> values) {
        java.util.Map<MessageKey, V> out = new java.util.HashMap<>();
        for (StoredMessage m : messages) {
            V v = values.get(m.seq());
            if (v != null) {
                out.put(m.key(), v);
            }
        }
        return out;
    }

    /** Where this message sits in its conversation, for paging. */
    public PageCursor cursor() {
        return new PageCursor(sentAt, seq);
    }

    /** Whether the text was changed after it was first stored (the UI shows "edited"). */
    public boolean edited() {
        return editedAt != null;
    }

    /** Whether this is a tombstone left by delete-for-everyone. */
    public boolean deleted() {
        return deletedAt != null;
    }
}
