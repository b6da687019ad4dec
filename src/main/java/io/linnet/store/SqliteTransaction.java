package io.linnet.store;

import io.linnet.chat.store.ContactStore;
import io.linnet.chat.store.FileTransferStore;
import io.linnet.chat.store.ConversationStore;
import io.linnet.chat.store.GroupStore;
import io.linnet.chat.store.IdentityStore;
import io.linnet.chat.store.MessageSearch;
import io.linnet.chat.store.MessageStore;
import io.linnet.chat.store.OutboxStore;
import io.linnet.chat.store.ReactionStore;
import io.linnet.chat.store.ReceiptStore;
import io.linnet.chat.store.SettingsStore;
import io.linnet.chat.store.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A transaction on one session; its repositories are made on first use and die with it. */
final class SqliteTransaction implements Transaction {
    private final Session session;
    private final boolean readOnly;
    private final List<Runnable> callbacks = new ArrayList<>();
    private boolean active = true;

    private IdentityStore identity;
    private SettingsStore settings;
    private ContactStore contacts;
    private GroupStore groups;
    private MessageStore messages;
    private ConversationStore conversations;
    private MessageSearch search;
    private ReactionStore reactions;
    private ReceiptStore receipts;
    private OutboxStore outbox;
    private FileTransferStore files;

    SqliteTransaction(Session session, boolean readOnly) {
        this.session = session;
        this.readOnly = readOnly;
    }

    /** The session, as long as the transaction runs. */
    Session session() {
        if (!active) {
            throw new IllegalStateException("this transaction has ended; repositories work only inside it");
        }
        return session;
    }

    /** Fails in a read transaction. */
    void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException("cannot write in a read transaction; use inTransaction");
        }
    }

    void end() {
        active = false;
    }

    List<Runnable> callbacks() {
        return List.copyOf(callbacks);
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public void afterCommit(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        session();
        callbacks.add(callback);
    }

    @Override
    public IdentityStore identity() {
        return identity == null ? identity = new SqliteIdentityStore(this) : identity;
    }

    @Override
    public SettingsStore settings() {
        return settings == null ? settings = new SqliteSettingsStore(this) : settings;
    }

    @Override
    public ContactStore contacts() {
        return contacts == null ? contacts = new SqliteContactStore(this) : contacts;
    }

    @Override
    public GroupStore groups() {
        return groups == null ? groups = new SqliteGroupStore(this) : groups;
    }

    @Override
    public MessageStore messages() {
        return messages == null ? messages = new SqliteMessageStore(this) : messages;
    }

    @Override
    public ConversationStore conversations() {
        return conversations == null ? conversations = new SqliteConversationStore(this) : conversations;
    }

    @Override
    public MessageSearch search() {
        return search == null ? search = new SqliteMessageSearch(this) : search;
    }

    @Override
    public ReactionStore reactions() {
        return reactions == null ? reactions = new SqliteReactionStore(this) : reactions;
    }

    @Override
    public ReceiptStore receipts() {
        return receipts == null ? receipts = new SqliteReceiptStore(this) : receipts;
    }

    @Override
    public OutboxStore outbox() {
        return outbox == null ? outbox = new SqliteOutboxStore(this) : outbox;
    }

    @Override
    public FileTransferStore files() {
        return files == null ? files = new SqliteFileTransferStore(this) : files;
    }
}
