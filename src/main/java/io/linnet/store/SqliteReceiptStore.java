package io.linnet.store;

import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Receipt;
import io.linnet.chat.store.ReceiptKind;
import io.linnet.chat.store.ReceiptStore;
import java.util.List;
import java.util.OptionalLong;

/** Receipts per message, recipient and kind; the first one of each counts. */
final class SqliteReceiptStore extends Repository implements ReceiptStore {

    SqliteReceiptStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public boolean record(MessageKey message, Receipt r) {
        Session s = writable();
        OptionalLong seq = messageSeq(message);
        return seq.isPresent() && s.update("""
                INSERT INTO receipts (message_seq, recipient, kind, at) VALUES (?, ?, ?, ?)
                ON CONFLICT (message_seq, recipient, kind) DO NOTHING""",
                seq.getAsLong(), r.recipient(), r.kind().code(), r.at()) > 0;
    }

    @Override
    public List<Receipt> receipts(MessageKey message) {
        OptionalLong seq = messageSeq(message);
        if (seq.isEmpty()) {
            return List.of();
        }
        return db().query("SELECT recipient, kind, at FROM receipts WHERE message_seq = ? ORDER BY at, kind, recipient",
                rs -> new Receipt(Sql.address(rs, "recipient"), ReceiptKind.fromCode(rs.getInt("kind")),
                        Sql.instant(rs, "at")),
                seq.getAsLong());
    }

    @Override
    public int count(MessageKey message, ReceiptKind kind) {
        OptionalLong seq = messageSeq(message);
        return seq.isEmpty() ? 0 : (int) db().queryLong(
                "SELECT count(*) FROM receipts WHERE message_seq = ? AND kind = ?", 0, seq.getAsLong(), kind.code());
    }
}
