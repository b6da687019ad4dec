package io.linnet.store;

import io.linnet.chat.store.ConversationKind;
import io.linnet.chat.store.ConversationStore;
import io.linnet.chat.store.ConversationSummary;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.PageCursor;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.List;
import java.util.OptionalLong;

/**
 * The chat list, unread counts and read markers. Unread means {@code direction = 0 AND state = 5}
 * (incoming, RECEIVED), written as literals so SQLite can use the partial index {@code messages_unread}.
 */
final class SqliteConversationStore extends Repository implements ConversationStore {
    private static final String SUMMARIES = "SELECT " + MessageRows.COLUMNS + " " + """
            ,
                (SELECT count(*) FROM messages u
                 WHERE u.conversation_id = c.id AND u.direction = 0 AND u.state = 5) AS unread,
                ct.id IS NOT NULL AS is_contact,
                g.id IS NOT NULL AS is_group,
                COALESCE(NULLIF(ct.local_nickname, ''), NULLIF(ct.nickname, ''), g.name, '') AS title,
                COALESCE(g.muted, 0) AS muted
            FROM conversations c
            JOIN messages m ON m.seq = (SELECT l.seq FROM messages l WHERE l.conversation_id = c.id
                                        ORDER BY l.sent_at DESC, l.seq DESC LIMIT 1)
            LEFT JOIN contacts ct ON ct.address = c.address
            LEFT JOIN chat_groups g ON g.address = c.address
            ORDER BY m.sent_at DESC, m.seq DESC""";
    static final String UNREAD = """
            SELECT count(*) FROM messages WHERE conversation_id = ? AND direction = 0 AND state = 5""";
    private static final String UNREAD_UP_TO =
            " FROM messages WHERE conversation_id = ? AND direction = 0 AND state = 5 AND (sent_at, seq) <= (?, ?)";

    SqliteConversationStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public List<ConversationSummary> summaries() {
        return db().query(SUMMARIES, rs -> new ConversationSummary(
                Sql.address(rs, "conversation"),
                Sql.bool(rs, "is_group") ? ConversationKind.GROUP
                        : Sql.bool(rs, "is_contact") ? ConversationKind.DIRECT : ConversationKind.ORPHANED,
                rs.getString("title"),
                MessageRows.map(rs, cipher()),
                rs.getInt("unread"),
                Sql.bool(rs, "muted")));
    }

    @Override
    public int unreadCount(Address conversation) {
        OptionalLong id = conversationId(conversation);
        if (id.isEmpty()) {
            return 0;
        }
        return (int) db().queryLong(UNREAD, 0, id.getAsLong());
    }

    @Override
    public int totalUnread() {
        return (int) db().queryLong("SELECT count(*) FROM messages WHERE direction = 0 AND state = 5", 0);
    }

    @Override
    public List<Bytes> markRead(Address conversation, PageCursor upTo) {
        Session s = writable();
        OptionalLong id = conversationId(conversation);
        if (id.isEmpty()) {
            return List.of();
        }
        Object[] args = {id.getAsLong(), upTo.sentAt(), upTo.seq()};
        List<Bytes> ids = s.query("SELECT message_id" + UNREAD_UP_TO + " ORDER BY sent_at, seq",
                rs -> Sql.bytes(rs, "message_id"), args);
        if (!ids.isEmpty()) {
            s.update("UPDATE messages SET state = ? WHERE seq IN (SELECT seq" + UNREAD_UP_TO + ")",
                    MessageState.READ.code(), args[0], args[1], args[2]);
        }
        return ids;
    }

    @Override
    public boolean delete(Address conversation) {
        Session s = writable();
        OptionalLong id = conversationId(conversation);
        if (id.isEmpty()) {
            return false;
        }
        SearchIndex.removeConversation(s, id.getAsLong());
        return s.update("DELETE FROM conversations WHERE id = ?", id.getAsLong()) > 0;
    }
}
