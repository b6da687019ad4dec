package io.linnet.store;

import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.OutboxEntry;
import io.linnet.chat.store.OutboxState;
import io.linnet.chat.store.OutboxStore;
import io.linnet.chat.store.StoreException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.store.crypto.StoreCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The outbox; payloads are sealed, bound to their recipient and stream id. */
final class SqliteOutboxStore extends Repository implements OutboxStore {
    private static final String SELECT = """
            SELECT o.id, o.recipient, o.stream_id, c.address AS conversation, m.message_id, o.payload, o.state,
                o.attempts, o.created_at, o.last_attempt_at, o.next_attempt_at, o.expires_at
            FROM outbox o
            LEFT JOIN messages m ON m.seq = o.message_seq
            LEFT JOIN conversations c ON c.id = m.conversation_id""";
    private static final int PENDING = OutboxState.PENDING.code();
    private static final int FAILED = OutboxState.FAILED.code();

    SqliteOutboxStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public OutboxEntry enqueue(Address recipient, Bytes streamId, MessageKey message, Bytes payload, Instant now) {
        Session s = writable();
        Long seq = null;
        if (message != null) {
            OptionalLong found = messageSeq(message);
            if (found.isEmpty()) {
                throw new StoreException("cannot queue a delivery of message " + message.messageId()
                        + ": it is not stored in " + message.conversation());
            }
            seq = found.getAsLong();
        }
        byte[] sealed = cipher().seal(payload.toByteArray(), payloadAad(recipient, streamId));
        s.update("""
                INSERT INTO outbox (recipient, stream_id, message_seq, payload, state, attempts, created_at,
                    last_attempt_at, next_attempt_at, expires_at)
                VALUES (?, ?, ?, ?, ?, 0, ?, NULL, ?, ?)
                ON CONFLICT (recipient, stream_id) DO UPDATE SET message_seq = excluded.message_seq,
                    payload = excluded.payload, state = excluded.state, attempts = 0,
                    created_at = excluded.created_at, last_attempt_at = NULL,
                    next_attempt_at = excluded.next_attempt_at, expires_at = excluded.expires_at""",
                recipient, streamId, seq, sealed, PENDING, now, now, now.plus(OutboxEntry.LIFETIME));
        return db().queryFirst(SELECT + " WHERE o.recipient = ? AND o.stream_id = ?", this::map, recipient, streamId)
                .orElseThrow();
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return db().queryFirst(SELECT + " WHERE o.id = ?", this::map, id);
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        return db().query(SELECT + " WHERE o.state = ? AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.id LIMIT ?",
                this::map, PENDING, now, limit);
    }

    @Override
    public Optional<Instant> nextDue() {
        long at = db().queryLong("SELECT min(next_attempt_at) FROM outbox WHERE state = ?", Long.MIN_VALUE, PENDING);
        return at == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
    }

    @Override
    public List<OutboxEntry> pendingFor(Address recipient) {
        return db().query(SELECT + " WHERE o.recipient = ? AND o.state = ? ORDER BY o.id", this::map, recipient, PENDING);
    }

    @Override
    public List<OutboxEntry> sendableFor(Address recipient, Instant now, Instant sentAfter) {
        return db().query(SELECT + " " + """
                WHERE o.recipient = ? AND o.state = ?
                  AND (o.last_attempt_at IS NULL OR o.last_attempt_at <= ? OR o.next_attempt_at <= ?)
                ORDER BY o.id""", this::map, recipient, PENDING, sentAfter, now);
    }

    @Override
    public List<OutboxEntry> failed() {
        return db().query(SELECT + " WHERE o.state = ? ORDER BY o.id", this::map, FAILED);
    }

    @Override
    public boolean recordAttempt(long id, Instant at, Instant nextAttemptAt) {
        return writable().update("""
                UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?
                WHERE id = ? AND state = ?""", at, nextAttemptAt, id, PENDING) > 0;
    }

    @Override
    public boolean acknowledge(Address recipient, Bytes streamId) {
        return writable().update("DELETE FROM outbox WHERE recipient = ? AND stream_id = ?", recipient, streamId) > 0;
    }

    @Override
    public boolean remove(long id) {
        return writable().update("DELETE FROM outbox WHERE id = ?", id) > 0;
    }

    @Override
    public List<OutboxEntry> expire(Instant now) {
        Session s = writable();
        List<OutboxEntry> expired = s.query(SELECT + " WHERE o.state = ? AND o.expires_at <= ? ORDER BY o.id",
                this::map, PENDING, now);
        if (expired.isEmpty()) {
            return expired;
        }
        s.update("""
                UPDATE messages SET state = ?
                WHERE seq IN (SELECT message_seq FROM outbox
                              WHERE state = ? AND expires_at <= ? AND message_seq IS NOT NULL)
                  AND state IN (?, ?)""",
                MessageState.FAILED.code(), PENDING, now, MessageState.SENDING.code(), MessageState.SENT.code());
        s.update("UPDATE outbox SET state = ? WHERE state = ? AND expires_at <= ?", FAILED, PENDING, now);
        return expired;
    }

    @Override
    public int retry(MessageKey message, Instant now) {
        Session s = writable();
        OptionalLong seq = messageSeq(message);
        if (seq.isEmpty()) {
            return 0;
        }
        int revived = s.update("""
                UPDATE outbox SET state = ?, attempts = 0, last_attempt_at = NULL, next_attempt_at = ?, expires_at = ?
                WHERE message_seq = ? AND state = ?""",
                PENDING, now, now.plus(OutboxEntry.LIFETIME), seq.getAsLong(), FAILED);
        if (revived > 0) {
            s.update("UPDATE messages SET state = ? WHERE seq = ? AND state = ?",
                    MessageState.SENDING.code(), seq.getAsLong(), MessageState.FAILED.code());
        }
        return revived;
    }

    private static byte[] payloadAad(Address recipient, Bytes streamId) {
        return StoreCipher.aad("outbox payload", recipient.noChecksum(), streamId.toByteArray());
    }

    private OutboxEntry map(ResultSet rs) throws SQLException {
        Address recipient = Sql.address(rs, "recipient");
        Bytes streamId = Sql.bytes(rs, "stream_id");
        Address conversation = Sql.address(rs, "conversation");
        MessageKey message = conversation == null ? null : new MessageKey(conversation, Sql.bytes(rs, "message_id"));
        return new OutboxEntry(
                rs.getLong("id"),
                recipient,
                streamId,
                message,
                Bytes.of(cipher().open(rs.getBytes("payload"), payloadAad(recipient, streamId))),
                OutboxState.fromCode(rs.getInt("state")),
                rs.getInt("attempts"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "last_attempt_at"),
                Sql.instant(rs, "next_attempt_at"),
                Sql.instant(rs, "expires_at"));
    }
}
