package io.linnet.store;

/**
 * Keeps the FTS5 table {@code message_search} in step with message bodies. Its rowid is the message's
 * seq; its only column holds the blind tokens of {@link io.linnet.store.search.SearchTokens}. The table is
 * contentless, so removing a row needs only its rowid.
 */
final class SearchIndex {
    private SearchIndex() {}

    static void add(Session s, long seq, long conversationId, String body) {
        s.update("INSERT INTO message_search (rowid, tokens) VALUES (?, ?)", seq,
                s.searchTokens().document(conversationId, body));
    }

    static void remove(Session s, long seq) {
        s.update("DELETE FROM message_search WHERE rowid = ?", seq);
    }

    static void removeConversation(Session s, long conversationId) {
        s.update("DELETE FROM message_search WHERE rowid IN (SELECT seq FROM messages WHERE conversation_id = ?)",
                conversationId);
    }
}
