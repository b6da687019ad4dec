package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.List;

/** Conversations as a whole: the chat list, unread counts, read markers. */
public interface ConversationStore {

    /** Every conversation that has messages, the most recent first. */
    List<ConversationSummary> summaries();

    /** Incoming messages of a conversation not read yet. */
    int unreadCount(Address conversation);

    /** Incoming messages not read yet, over all conversations. */
    int totalUnread();

    /**
     * Marks every unread incoming message up to and including {@code upTo} as read and returns their ids,
     * oldest first, so the engine can send read receipts.
     */
    List<Bytes> markRead(Address conversation, PageCursor upTo);

    /**
     * Deletes a conversation with all its messages, reactions, receipts and outbox entries. Its message ids
     * are forgotten, so the de-duplication of those ids ends here. Whether there was one.
     */
    boolean delete(Address conversation);
}
