package io.linnet.chat.messaging;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.OutboxQueue;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.PageCursor;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.EditPayload;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.chat.wire.ChatPayload;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.ReactionMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The user's side of a conversation. A message and its outbox entry are written in one transaction, forced
 * to disk ({@link Durability#FULL}) before any network attempt; the outbox does the sending. Engine thread.
 */
public final class ChatSender {
    private final EngineContext ctx;

    public ChatSender(EngineContext ctx) {
        this.ctx = ctx;
    }

    /** A text, optionally quoting {@code quoted} (empty for none). */
    public StoredMessage send(Address to, String text, Bytes quoted) {
        checkText(text);
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            Contact c = established(tx, to);
            Bytes id = StreamMessage.randomId();
            MessageKey key = new MessageKey(c.address(), id);
            if (!quoted.isEmpty() && tx.messages().find(new MessageKey(c.address(), quoted)).isEmpty()) {
                throw new ChatException("the quoted message is not in this conversation");
            }
            Instant sentAt = nextSendingTime(ctx, tx, c.address());
            StoredMessage stored = tx.messages().insertOutgoing(
                    new NewMessage(key, 0, Direction.OUTGOING, null, MessageState.SENDING, sentAt, ctx.now(), quoted, text));
            OutboxQueue.enqueue(ctx, tx, chatMessage(c, stored), key);
            ctx.events().afterCommit(tx, new EngineEvent.MessageAdded(stored));
            return stored;
        });
    }

    /**
     * When a new message of ours is written: network time in milliseconds, but always after the newest
     * message of the conversation, so our messages keep the order we wrote them in even within one
     * millisecond, across restarts and when the clock steps back.
     */
    public static Instant nextSendingTime(EngineContext ctx, Transaction tx, Address conversation) {
        Instant now = ctx.transport().networkTime().instant().truncatedTo(ChronoUnit.MILLIS);
        List<StoredMessage> newest = tx.messages().newestPage(conversation, 1);
        if (!newest.isEmpty() && !now.isAfter(newest.getFirst().sentAt())) {
            return newest.getFirst().sentAt().plusMillis(1);
        }
        return now;
    }

    /**
     * The wire form of one of our chat messages: to a Linnet contact an ordered chat carrying the sending
     * time in milliseconds and the quote; to any other a plain Spixi chat (the quote is dropped). The
     * StreamMessage timestamp is the same time in whole seconds.
     */
    private StreamMessage chatMessage(Contact c, StoredMessage m) {
        SpixiMessage body = LinnetWire.supportsExtensions(c.capabilities())
                ? new SpixiMessage(LinnetWire.CHAT_ORDERED,
                        Bytes.of(new ChatPayload(m.sentAt().toEpochMilli(), m.replyTo(), m.body()).encode()), 0, null, null)
                : SpixiMessage.of(SpixiMessageCode.CHAT, Bytes.utf8(m.body()));
        return Envelopes.plain(ctx, c.address(), m.key().messageId(), body, StreamMessageCode.DATA, EncryptionCode.SPIXI2, true)
                .toBuilder().timestamp(m.sentAt().getEpochSecond()).build();
    }

    /** Replaces the text of one of our messages; only to a contact running Linnet. */
    public void edit(MessageKey key, String text) {
        checkText(text);
        ctx.db().useTransaction(Durability.FULL, tx -> {
            Contact c = established(tx, key.conversation());
            StoredMessage m = own(tx, key);
            if (!LinnetWire.supportsExtensions(c.capabilities())) {
                throw new ChatException(c.displayName() + "'s app cannot receive edits");
            }
            Instant at = nextEditTime(ctx, m);
            if (tx.messages().edit(key, text, at)) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageEdited(key, text));
            }
            SpixiMessage body = new SpixiMessage(LinnetWire.EDIT,
                    Bytes.of(new EditPayload(m.key().messageId(), text, at.toEpochMilli()).encode()), 0, null, null);
            queue(tx, c, body, StreamMessageCode.DATA);
        });
    }

    /** When an edit of {@code m} is made: now in milliseconds, strictly after its previous edit (the receiver keeps the last). */
    public static Instant nextEditTime(EngineContext ctx, StoredMessage m) {
        Instant at = ctx.now().truncatedTo(ChronoUnit.MILLIS);
        return m.editedAt() != null && !at.isAfter(m.editedAt()) ? m.editedAt().plusMillis(1) : at;
    }

    /** Deletes one of our messages for everyone. */
    public void delete(MessageKey key) {
        ctx.db().useTransaction(Durability.FULL, tx -> {
            Contact c = established(tx, key.conversation());
            own(tx, key);
            if (tx.messages().deleteForEveryone(key, ctx.now())) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageDeleted(key));
            }
            queue(tx, c, SpixiMessage.of(SpixiMessageCode.MSG_DELETE, key.messageId()), StreamMessageCode.DATA);
        });
    }

    /** Sets or (with {@code ""}) removes our reaction. */
    public void react(MessageKey key, String emoji) {
        if (emoji.length() > 16) {
            throw new ChatException("a reaction is one emoji");
        }
        ctx.db().useTransaction(Durability.FULL, tx -> {
            Contact c = established(tx, key.conversation());
            if (tx.messages().find(key).isEmpty()) {
                throw new ChatException("unknown message");
            }
            if (emoji.isEmpty() && !LinnetWire.supportsExtensions(c.capabilities())) {
                throw new ChatException(c.displayName() + "'s app cannot remove reactions");
            }
            boolean changed = emoji.isEmpty() ? tx.reactions().remove(key, ctx.self().address())
                    : tx.reactions().react(key, ctx.self().address(), emoji, ctx.now());
            if (changed) {
                ctx.events().afterCommit(tx, new EngineEvent.ReactionChanged(key, ctx.self().address(), emoji));
            }
            ReactionMessage r = new ReactionMessage(key.messageId(), Reactions.toWire(emoji));
            queue(tx, c, SpixiMessage.of(SpixiMessageCode.MSG_REACTION, Bytes.of(r.encode())), StreamMessageCode.DATA);
        });
    }

    /** A typing notice, sent once and never queued. */
    public void typing(Address to) {
        Contact c = ctx.db().read(tx -> established(tx, to));
        StreamMessage plain = Envelopes.plain(ctx, c.address(), StreamMessage.randomId(),
                SpixiMessage.of(SpixiMessageCode.MSG_TYPING, Bytes.EMPTY), StreamMessageCode.INFO, EncryptionCode.SPIXI2, false);
        Envelopes.seal(plain, c, ctx.self().key()).ifPresent(ctx.transport()::send);
    }

    /**
     * Marks everything read and, in the same transaction, queues the read receipts (see
     * {@link ReadReceiptQueue}: one "read up to" marker for a contact running Linnet, replacing any still
     * waiting; one msgRead per newly read message for any other, a bounded number waiting).
     */
    public int markRead(Address conversation) {
        return ctx.db().inTransaction(tx -> {
            List<StoredMessage> newest = tx.messages().newestPage(conversation.withoutPublicKey(), 1);
            if (newest.isEmpty()) {
                return 0;
            }
            PageCursor upTo = newest.getFirst().cursor();
            List<Bytes> ids = tx.conversations().markRead(conversation.withoutPublicKey(), upTo);
            Contact c = tx.contacts().find(conversation.withoutPublicKey()).orElse(null);
            for (Bytes id : ids) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageStateChanged(new MessageKey(conversation.withoutPublicKey(), id),
                        MessageState.READ));
            }
            if (c != null && c.state() == ContactState.APPROVED) {
                ReadReceiptQueue.queue(ctx, tx, c, ids);
            }
            return ids.size();
        });
    }

    /**
     * Revives a failed message: its expired outbox entries, or — for a message restored from a backup, which
     * carries no outbox — a new entry built from the history row (same id, same sending time, so the peer
     * de-duplicates and orders it as before).
     */
    public int retry(MessageKey key) {
        return retry(ctx, key, this::requeue);
    }

    /** Queues a failed message of ours that has no outbox entry left afresh, inside the caller's transaction. */
    @FunctionalInterface
    public interface Requeue {
        /** How many outbox entries were queued for {@code failed} (0: none, the message stays failed). */
        int requeue(Transaction tx, StoredMessage failed);
    }

    /**
     * Revives a failed message of ours in any conversation: its expired outbox entries, or, when none is
     * left (a message restored from a backup), the entries {@code requeue} builds from the history row. The
     * message goes back to {@code SENDING}; how many entries will carry it (0: nothing to retry).
     */
    public static int retry(EngineContext ctx, MessageKey key, Requeue requeue) {
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            int n = tx.outbox().retry(key, ctx.now());
            if (n == 0) {
                StoredMessage m = tx.messages().find(key).orElse(null);
                if (m != null && m.direction() == Direction.OUTGOING && m.state() == MessageState.FAILED && !m.deleted()) {
                    n = requeue.requeue(tx, m);
                    if (n > 0) {
                        tx.messages().advanceState(key, MessageState.SENDING);
                    }
                }
            }
            if (n > 0) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageStateChanged(key, MessageState.SENDING));
                tx.afterCommit(ctx.kickOutbox());
            }
            return n;
        });
    }

    /** A failed message to a contact, queued afresh; 1 if it was. */
    private int requeue(Transaction tx, StoredMessage m) {
        if (tx.contacts().find(m.key().conversation()).isEmpty()) {
            return 0;
        }
        Contact c = established(tx, m.key().conversation());
        OutboxQueue.enqueue(ctx, tx, chatMessage(c, m), m.key());
        return 1;
    }

    private void queue(Transaction tx, Contact c, SpixiMessage body, StreamMessageCode type) {
        StreamMessage plain = Envelopes.plain(ctx, c.address(), StreamMessage.randomId(), body, type, EncryptionCode.SPIXI2, true);
        OutboxQueue.enqueue(ctx, tx, plain, null);
    }

    private static StoredMessage own(Transaction tx, MessageKey key) {
        StoredMessage m = tx.messages().find(key).orElseThrow(() -> new ChatException("unknown message"));
        if (m.direction() != Direction.OUTGOING) {
            throw new ChatException("only the author can change a message");
        }
        if (m.deleted()) {
            throw new ChatException("the message was deleted");
        }
        return m;
    }

    private static Contact established(Transaction tx, Address to) {
        Contact c = tx.contacts().find(to.withoutPublicKey()).orElseThrow(() -> new ChatException("unknown contact " + to));
        if (c.state() != ContactState.APPROVED || !c.keys().present()) {
            throw new ChatException(c.displayName() + " is not an established contact yet");
        }
        return c;
    }

    /** Refuses an empty or over-long text with a {@link ChatException}. */
    public static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new ChatException("empty message");
        }
        if (text.length() > LinnetWire.MAX_TEXT_CHARS) {
            throw new ChatException("a message holds at most " + LinnetWire.MAX_TEXT_CHARS + " characters");
        }
    }
}
