package io.linnet.store;

import io.linnet.chat.store.MessageKey;
import io.linnet.ixian.address.Address;
import io.linnet.store.crypto.StoreCipher;
import java.util.OptionalLong;

/** What every repository shares: its transaction, and the lookups of conversation and message rows. */
abstract class Repository {
    private final SqliteTransaction tx;

    Repository(SqliteTransaction tx) {
        this.tx = tx;
    }

    /** The session of the running transaction. */
    final Session db() {
        return tx.session();
    }

    /** The session, after checking that this is a write transaction. */
    final Session writable() {
        tx.requireWritable();
        return tx.session();
    }

    final StoreCipher cipher() {
        return db().cipher();
    }

    /** The row id of a conversation, if it has one. */
    final OptionalLong conversationId(Address conversation) {
        long id = db().queryLong("SELECT id FROM conversations WHERE address = ?", -1, conversation);
        return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    /** The row id of a conversation, creating the row if needed. */
    final long conversationIdOrCreate(Address conversation) {
        OptionalLong id = conversationId(conversation);
        if (id.isPresent()) {
            return id.getAsLong();
        }
        writable().update("INSERT INTO conversations (address) VALUES (?)", conversation);
        return db().lastInsertRowid();
    }

    /** The seq of a message, if stored. */
    final OptionalLong messageSeq(MessageKey key) {
        long seq = db().queryLong("""
                SELECT m.seq FROM messages m JOIN conversations c ON c.id = m.conversation_id
                WHERE c.address = ? AND m.message_id = ?""", -1, key.conversation(), key.messageId());
        return seq < 0 ? OptionalLong.empty() : OptionalLong.of(seq);
    }
}
