package io.linnet.store;

import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Reaction;
import io.linnet.chat.store.ReactionStore;
import io.linnet.ixian.address.Address;
import java.util.List;
import java.util.OptionalLong;

/** Reactions, one per sender per live message; the newer one wins. */
final class SqliteReactionStore extends Repository implements ReactionStore {

    SqliteReactionStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public boolean react(MessageKey message, Reaction r) {
        Session s = writable();
        long seq = s.queryLong("""
                SELECT m.seq FROM messages m JOIN conversations c ON c.id = m.conversation_id
                WHERE c.address = ? AND m.message_id = ? AND m.deleted_at IS NULL""",
                -1, message.conversation(), message.messageId());
        if (seq < 0) {
            return false;
        }
        return s.update("""
                INSERT INTO reactions (message_seq, sender, reaction, reacted_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (message_seq, sender) DO UPDATE
                    SET reaction = excluded.reaction, reacted_at = excluded.reacted_at
                    WHERE excluded.reacted_at >= reactions.reacted_at""",
                seq, r.sender(), r.reaction(), r.reactedAt()) > 0;
    }

    @Override
    public boolean remove(MessageKey message, Address sender) {
        Session s = writable();
        OptionalLong seq = messageSeq(message);
        return seq.isPresent()
                && s.update("DELETE FROM reactions WHERE message_seq = ? AND sender = ?", seq.getAsLong(), sender) > 0;
    }

    @Override
    public java.util.Map<Long, List<Reaction>> reactionsBySeq(java.util.Collection<Long> messageSeqs) {
        java.util.Map<Long, List<Reaction>> out = new java.util.HashMap<>();
        if (messageSeqs.isEmpty()) {
            return out;
        }
        record Row(long seq, Reaction reaction) {}
        db().query("SELECT message_seq, sender, reaction, reacted_at FROM reactions WHERE message_seq IN ("
                        + Sql.placeholders(messageSeqs.size()) + ") ORDER BY reacted_at, sender",
                rs -> new Row(rs.getLong("message_seq"),
                        new Reaction(Sql.address(rs, "sender"), rs.getString("reaction"), Sql.instant(rs, "reacted_at"))),
                messageSeqs.toArray())
                .forEach(r -> out.computeIfAbsent(r.seq(), k -> new java.util.ArrayList<>()).add(r.reaction()));
        return out;
    }

    @Override
    public List<Reaction> reactions(MessageKey message) {
        OptionalLong seq = messageSeq(message);
        if (seq.isEmpty()) {
            return List.of();
        }
        return db().query("""
                SELECT sender, reaction, reacted_at FROM reactions WHERE message_seq = ?
                ORDER BY reacted_at, sender""",
                rs -> new Reaction(Sql.address(rs, "sender"), rs.getString("reaction"), Sql.instant(rs, "reacted_at")),
                seq.getAsLong());
    }
}
