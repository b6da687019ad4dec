package io.linnet.store;

import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.MessageStore;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.PageCursor;
import io.linnet.chat.store.StoreException;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Message history: inserts with de-duplication, keyset pages, state changes, edits and tombstones. */
final class SqliteMessageStore extends Repository implements MessageStore {
    private static final String INSERT = """
            INSERT INTO messages (conversation_id, message_id, channel, direction, author, state, sent_at,
                received_at, reply_to, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (conversation_id, message_id) DO NOTHING""";
    static final String NEWEST = MessageRows.SELECT + " " + """
            WHERE m.conversation_id = ? ORDER BY m.sent_at DESC, m.seq DESC LIMIT ?""";
    static final String OLDER = MessageRows.SELECT + " " + """
            WHERE m.conversation_id = ? AND (m.sent_at, m.seq) < (?, ?)
            ORDER BY m.sent_at DESC, m.seq DESC LIMIT ?""";
    static final String NEWER = MessageRows.SELECT + " " + """
            WHERE m.conversation_id = ? AND (m.sent_at, m.seq) > (?, ?)
            ORDER BY m.sent_at, m.seq LIMIT ?""";

    /** A live row's identity: what edits and deletes need. */
    private record Row(long seq, long conversationId, MessageState state, Instant editedAt, boolean deleted) {}

    SqliteMessageStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public StoredMessage insertOutgoing(NewMessage m) {
        long seq = insert(m);
        if (seq < 0) {
            throw new StoreException("a message with id " + m.key().messageId() + " is already stored in "
                    + m.key().conversation());
        }
        return find(m.key()).orElseThrow();
    }

    @Override
    public boolean insertIncomingIfNew(NewMessage m) {
        return insert(m) >= 0;
    }

    /** The new seq, or -1 if the key was taken. */
    private long insert(NewMessage m) {
        Session s = writable();
        long conversation = conversationIdOrCreate(m.key().conversation());
        byte[] body = cipher().sealText(m.body(), MessageRows.bodyAad(m.key().conversation(), m.key().messageId()));
        int n = s.update(INSERT, conversation, m.key().messageId(), m.channel(), m.direction().code(), m.author(),
                m.state().code(), m.sentAt(), m.receivedAt(), Sql.orNull(m.replyTo()), body);
        if (n == 0) {
            return -1;
        }
        long seq = s.lastInsertRowid();
        SearchIndex.add(s, seq, conversation, m.body());
        return seq;
    }

    @Override
    public Optional<StoredMessage> find(MessageKey key) {
        return db().queryFirst(MessageRows.SELECT + " WHERE c.address = ? AND m.message_id = ?",
                rs -> MessageRows.map(rs, cipher()), key.conversation(), key.messageId());
    }

    @Override
    public List<StoredMessage> newestPage(Address conversation, int limit) {
        OptionalLong id = conversationId(conversation);
        if (id.isEmpty() || limit <= 0) {
            return List.of();
        }
        return db().query(NEWEST, rs -> MessageRows.map(rs, cipher()), id.getAsLong(), limit);
    }

    @Override
    public List<StoredMessage> olderPage(Address conversation, PageCursor before, int limit) {
        return page(OLDER, conversation, before, limit);
    }

    @Override
    public List<StoredMessage> newerPage(Address conversation, PageCursor after, int limit) {
        return page(NEWER, conversation, after, limit);
    }

    private List<StoredMessage> page(String sql, Address conversation, PageCursor cursor, int limit) {
        OptionalLong id = conversationId(conversation);
        if (id.isEmpty() || limit <= 0) {
            return List.of();
        }
        return db().query(sql, rs -> MessageRows.map(rs, cipher()), id.getAsLong(), cursor.sentAt(), cursor.seq(),
                limit);
    }

    @Override
    public boolean advanceState(MessageKey key, MessageState state) {
        Session s = writable();
        Optional<Row> row = row(key);
        if (row.isEmpty() || !row.get().state().canAdvanceTo(state)) {
            return false;
        }
        return s.update("UPDATE messages SET state = ? WHERE seq = ?", state.code(), row.get().seq()) > 0;
    }

    @Override
    public boolean edit(MessageKey key, String body, Instant editedAt) {
        Session s = writable();
        Optional<Row> found = row(key);
        if (found.isEmpty() || found.get().deleted()) {
            return false;
        }
        Row row = found.get();
        if (row.editedAt() != null && !row.editedAt().isBefore(editedAt)) {
            return false;
        }
        byte[] sealed = cipher().sealText(body, MessageRows.bodyAad(key.conversation(), key.messageId()));
        s.update("UPDATE messages SET body = ?, edited_at = ? WHERE seq = ?", sealed, editedAt, row.seq());
        SearchIndex.remove(s, row.seq());
        SearchIndex.add(s, row.seq(), row.conversationId(), body);
        return true;
    }

    @Override
    public boolean deleteForEveryone(MessageKey key, Instant deletedAt) {
        Session s = writable();
        Optional<Row> found = row(key);
        if (found.isEmpty() || found.get().deleted()) {
            return false;
        }
        long seq = found.get().seq();
        s.update("UPDATE messages SET body = NULL, deleted_at = ? WHERE seq = ?", deletedAt, seq);
        s.update("DELETE FROM reactions WHERE message_seq = ?", seq);
        SearchIndex.remove(s, seq);
        return true;
    }

    private Optional<Row> row(MessageKey key) {
        return db().queryFirst("""
                SELECT m.seq, m.conversation_id, m.state, m.edited_at, m.deleted_at IS NOT NULL AS deleted
                FROM messages m JOIN conversations c ON c.id = m.conversation_id
                WHERE c.address = ? AND m.message_id = ?""",
                rs -> new Row(rs.getLong(1), rs.getLong(2), MessageState.fromCode(rs.getInt(3)),
                        Sql.instant(rs, "edited_at"), Sql.bool(rs, "deleted")),
                key.conversation(), key.messageId());
    }
}
