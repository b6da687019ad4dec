package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Message history. Bodies are encrypted at rest; everything else (addresses, ids, times, states) is
 * plain, because the queries need it.
 *
 * <p>Pages are found by keyset on (sentAt, seq), never by offset, so every page costs the same however
 * deep the user has scrolled. {@link #newestPage} and {@link #olderPage} return newest first; pass the
 * last element's {@link StoredMessage#cursor()} to get the next older page.
 */
public interface MessageStore {

    /**
     * Stores a message we wrote. Its id must be new in the conversation; a duplicate is a
     * {@link StoreException}.
     */
    StoredMessage insertOutgoing(NewMessage message);

    /**
     * Stores a received message unless one with the same {@link MessageKey} was ever stored (including one
     * since deleted for everyone); {@code true} if it was new. The check is a unique constraint, so it
     * holds for the whole history, not a window of recent messages.
     */
    boolean insertIncomingIfNew(NewMessage message);

    Optional<StoredMessage> find(MessageKey key);

    /** The newest {@code limit} messages of a conversation, newest first. */
    List<StoredMessage> newestPage(Address conversation, int limit);

    /** Up to {@code limit} messages just before {@code before}, newest first. */
    List<StoredMessage> olderPage(Address conversation, PageCursor before, int limit);

    /** Up to {@code limit} messages just after {@code after}, oldest first (scrolling back down). */
    List<StoredMessage> newerPage(Address conversation, PageCursor after, int limit);

    /**
     * Moves a message to {@code state} if {@link MessageState#canAdvanceTo} allows it; whether it moved.
     * An unknown message gives {@code false}.
     */
    boolean advanceState(MessageKey key, MessageState state);

    /**
     * Replaces the text of a message that is not deleted, keeping its id and position, and records the
     * edit time. An edit older than the last one applied is ignored. Whether the text changed.
     */
    boolean edit(MessageKey key, String body, Instant editedAt);

    /**
     * Turns a message into a tombstone: the body is erased (and leaves the search index) and its reactions
     * are dropped; the row stays so the id stays known. Whether it was a live message.
     */
    boolean deleteForEveryone(MessageKey key, Instant deletedAt);
}
