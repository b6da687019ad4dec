package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.time.Instant;
import java.util.Objects;

/**
 * A message about to be stored.
 *
 * @param key conversation and wire id
 * @param channel the SpixiMessage channel (0 for direct chats and today's groups)
 * @param direction who wrote it
 * @param author the author in a group (real or virtual address); {@code null} in direct chats, where the
 *     direction says who wrote it
 * @param state the initial state: {@link MessageState#SENDING} for outgoing messages,
 *     {@link MessageState#RECEIVED} for incoming ones
 * @param sentAt the message time the conversation is ordered by (the author's timestamp as the engine
 *     accepted it)
 * @param receivedAt when this device stored it
 * @param replyTo id of the message this one quotes, {@link Bytes#EMPTY} if none
 * @param body the text
 */
public record NewMessage(
        MessageKey key,
        int channel,
        Direction direction,
        Address author,
        MessageState state,
        Instant sentAt,
        Instant receivedAt,
        Bytes replyTo,
        String body) {

    public NewMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(state, "state");
        sentAt = Times.required(sentAt, "sentAt");
        receivedAt = Times.required(receivedAt, "receivedAt");
        replyTo = replyTo == null ? Bytes.EMPTY : replyTo;
        Objects.requireNonNull(body, "body");
        if (channel < 0) {
            throw new IllegalArgumentException("channel " + channel);
        }
    }

    /** A message we wrote, on channel 0, waiting to be sent. */
    public static NewMessage outgoing(MessageKey key, String body, Instant at) {
        return new NewMessage(key, 0, Direction.OUTGOING, null, MessageState.SENDING, at, at, Bytes.EMPTY, body);
    }

    /** A received message on channel 0, unread. */
    public static NewMessage incoming(MessageKey key, Address author, String body, Instant sentAt,
            Instant receivedAt) {
        return new NewMessage(key, 0, Direction.INCOMING, author, MessageState.RECEIVED, sentAt, receivedAt,
                Bytes.EMPTY, body);
    }

    /** The same message quoting {@code quoted}. */
    public NewMessage replyingTo(Bytes quoted) {
        return new NewMessage(key, channel, direction, author, state, sentAt, receivedAt, quoted, body);
    }
}
