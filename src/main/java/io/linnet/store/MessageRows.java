package io.linnet.store;

import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.store.crypto.StoreCipher;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a message row is read: the column list every message query selects (messages {@code m} joined with
 * conversations {@code c}), the mapping to {@link StoredMessage}, and the additional data that binds a
 * sealed body to its conversation and message id.
 */
final class MessageRows {
    /** Columns of a message query over {@code messages m JOIN conversations c}. */
    static final String COLUMNS = """
            m.seq, c.address AS conversation, m.message_id, m.channel, m.direction, m.author, m.state,
            m.sent_at, m.received_at, m.edited_at, m.deleted_at, m.reply_to, m.body""";
    /** {@code SELECT} of every message column, ready for a WHERE clause on {@code m}. */
    static final String SELECT = "SELECT " + COLUMNS
            + " FROM messages m JOIN conversations c ON c.id = m.conversation_id";

    private MessageRows() {}

    static byte[] bodyAad(Address conversation, Bytes messageId) {
        return StoreCipher.aad("message body", conversation.noChecksum(), messageId.toByteArray());
    }

    static StoredMessage map(ResultSet rs, StoreCipher cipher) throws SQLException {
        Address conversation = Sql.address(rs, "conversation");
        Bytes id = Sql.bytes(rs, "message_id");
        byte[] sealed = rs.getBytes("body");
        String body = sealed == null ? "" : cipher.openText(sealed, bodyAad(conversation, id));
        return new StoredMessage(
                rs.getLong("seq"),
                new MessageKey(conversation, id),
                rs.getInt("channel"),
                Direction.fromCode(rs.getInt("direction")),
                Sql.address(rs, "author"),
                MessageState.fromCode(rs.getInt("state")),
                Sql.instant(rs, "sent_at"),
                Sql.instant(rs, "received_at"),
                Sql.instant(rs, "edited_at"),
                Sql.instant(rs, "deleted_at"),
                Sql.bytes(rs, "reply_to"),
                body);
    }
}
