package io.linnet.ui.conversation;

import io.linnet.chat.store.Direction;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.StoredMessage;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/**
 * A message as the list shows it, immutable.
 *
 * @param message the stored message
 * @param reactions the reactions, grouped by emoji, in first-seen order
 * @param author the author's display name in a group ({@code ""} in direct chats and for our own messages)
 * @param authorKey what the author's colour is derived from (their address text), {@code ""} if none
 * @param quote the start of the quoted message for a reply, {@code ""} if none
 * @param file the file this message carries, {@code null} for a text message
 * @param thumbnail a scaled image of a complete image file, {@code null} if none
 */
public record MessageItem(StoredMessage message, List<Reactions> reactions, String author, String authorKey, String quote,
        FileTransfer file, Image thumbnail) implements Row {

    /** One emoji and how many reacted with it; {@code mine} when we are among them. */
    public record Reactions(String emoji, int count, boolean mine) {}

    public MessageItem {
        Objects.requireNonNull(message, "message");
        reactions = List.copyOf(reactions);
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(quote, "quote");
    }

    public boolean outgoing() {
        return message.direction() == Direction.OUTGOING;
    }

    /** A text message (no file). */
    public MessageItem(StoredMessage message, List<Reactions> reactions, String author, String authorKey, String quote) {
        this(message, reactions, author, authorKey, quote, null, null);
    }

    /** Our own reaction, {@code ""} if none. */
    public String myReaction() {
        return reactions.stream().filter(Reactions::mine).map(Reactions::emoji).findFirst().orElse("");
    }
}
