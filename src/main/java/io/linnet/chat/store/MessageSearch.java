package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.util.List;

/**
 * Full-text search over message bodies. Words are matched whole, ignoring case and accents; a message
 * matches when it contains every word of the query. Deleted messages are never found, edited ones by
 * their current text. Hits come newest (by arrival) first.
 */
public interface MessageSearch {

    /** Up to {@code limit} hits across all conversations. */
    List<SearchHit> search(String query, int limit);

    /** Up to {@code limit} hits in one conversation. */
    List<SearchHit> search(Address conversation, String query, int limit);
}
