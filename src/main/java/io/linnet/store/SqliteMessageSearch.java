package io.linnet.store;

import io.linnet.chat.store.MessageSearch;
import io.linnet.chat.store.SearchHit;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.store.search.Snippets;
import java.util.List;
import java.util.OptionalLong;

/**
 * Search through the blind FTS5 index: the query's words become tokens, FTS5 intersects them (with the
 * conversation's token when searching one conversation), and the hits' bodies are decrypted to cut
 * snippets. Newest hits first, by seq, which FTS5 can produce without sorting.
 */
final class SqliteMessageSearch extends Repository implements MessageSearch {
    static final String SEARCH = "SELECT " + MessageRows.COLUMNS + " " + """
            FROM message_search s
            JOIN messages m ON m.seq = s.rowid
            JOIN conversations c ON c.id = m.conversation_id
            WHERE message_search MATCH ? AND m.deleted_at IS NULL
            ORDER BY s.rowid DESC LIMIT ?""";

    SqliteMessageSearch(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return run(query, null, limit);
    }

    @Override
    public List<SearchHit> search(Address conversation, String query, int limit) {
        OptionalLong id = conversationId(conversation);
        return id.isEmpty() ? List.of() : run(query, id.getAsLong(), limit);
    }

    private List<SearchHit> run(String query, Long conversationId, int limit) {
        String match = db().searchTokens().matchExpression(query, conversationId);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<StoredMessage> messages = db().query(SEARCH, rs -> MessageRows.map(rs, cipher()), match, limit);
        return messages.stream().map(m -> {
            Snippets.Snippet s = Snippets.of(m.body(), query);
            return new SearchHit(m, s.text(), s.highlights());
        }).toList();
    }
}
