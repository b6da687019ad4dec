package io.linnet.chat.messaging;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Verdict;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.Receipt;
import io.linnet.chat.store.ReceiptKind;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.ChatPayload;
import io.linnet.chat.wire.EditPayload;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.spixi.ReactionMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an established contact sends in a conversation: chat and quoting chat, edits, deletes, reactions,
 * receipts, nick and avatar. Each handler stores in one transaction and says whether to acknowledge; the
 * message is only ever acknowledged after that commit. Only the author's edits and deletes are honoured.
 * Engine thread.
 */
public final class ChatReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(ChatReceiver.class);
    /** How far ahead of our clock an author's millisecond time is still taken as it is. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    private final EngineContext ctx;

    public ChatReceiver(EngineContext ctx) {
        this.ctx = ctx;
    }

    /** A chat text (type 0) or a Linnet quoting chat. */
    public Verdict onChat(Contact c, StreamMessage m, SpixiMessage s, boolean reply) throws ProtocolException {
        ChatText t = ChatText.decode(s, reply);
        if (t.tooLong()) {
            return reject(m, "text of " + t.text().length() + " characters");
        }
        return store(c, m, s, sentAt(m, ctx.now()), t.replyTo(), t.text());
    }

    /**
     * A Linnet ordered chat ({@link LinnetWire#CHAT_ORDERED}): ordered by the author's millisecond time, so
     * messages written within one second keep their order whatever order they arrive in.
     */
    public Verdict onOrderedChat(Contact c, StreamMessage m, SpixiMessage s) throws ProtocolException {
        ChatPayload p = ChatPayload.decode(s.data().toByteArray());
        return store(c, m, s, orderedAt(p.sentAtMillis(), ctx.now()), p.replyTo(), p.text());
    }

    private Verdict store(Contact c, StreamMessage m, SpixiMessage s, Instant sentAt, Bytes replyTo, String text) {
        MessageKey key = new MessageKey(c.address(), m.id());
        Instant now = ctx.now();
        NewMessage nm = new NewMessage(key, s.channel(), Direction.INCOMING, null, MessageState.RECEIVED, sentAt, now,
                replyTo, text);
        ctx.db().useTransaction(io.linnet.chat.store.Durability.FULL, tx -> {
            if (tx.messages().insertIncomingIfNew(nm)) {
                tx.messages().find(key).ifPresent(stored -> ctx.events().afterCommit(tx, new EngineEvent.MessageAdded(stored)));
            }
        });
        return Verdict.ACK;
    }

    /** An edit: only of a message this contact wrote. */
    public Verdict onEdit(Contact c, StreamMessage m, SpixiMessage s) throws ProtocolException {
        EditPayload p = EditPayload.decode(s.data().toByteArray());
        MessageKey key = new MessageKey(c.address(), p.target());
        return ctx.db().inTransaction(tx -> {
            Optional<StoredMessage> target = tx.messages().find(key);
            if (target.isEmpty() || target.get().direction() != Direction.INCOMING) {
                return reject(m, "edit of a message the contact did not write");
            }
            if (tx.messages().edit(key, p.text(), editTime(p, m, ctx.now()))) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageEdited(key, p.text()));
            }
            return Verdict.ACK;
        });
    }

    /** msgDelete: only the author's delete is honoured. */
    public Verdict onDelete(Contact c, StreamMessage m, SpixiMessage s) {
        if (s.data().isEmpty()) {
            return reject(m, "delete without a target");
        }
        MessageKey key = new MessageKey(c.address(), s.data());
        return ctx.db().inTransaction(tx -> {
            Optional<StoredMessage> target = tx.messages().find(key);
            if (target.isEmpty() || target.get().direction() != Direction.INCOMING) {
                return reject(m, "delete of a message the contact did not write");
            }
            if (tx.messages().deleteForEveryone(key, ctx.now())) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageDeleted(key));
            }
            return Verdict.ACK;
        });
    }

    /** msgReaction: Spixi's {@code kind:data} grammar; Linnet sends emoji as {@code like:<emoji>}. */
    public Verdict onReaction(Contact c, StreamMessage m, SpixiMessage s) throws ProtocolException {
        ReactionMessage r = ReactionMessage.decode(s.data().toByteArray());
        MessageKey key = new MessageKey(c.address(), r.messageId());
        String emoji = Reactions.fromWire(r.reaction()).orElse(null);
        if (emoji == null) {
            return reject(m, "reaction '" + r.reaction() + "' outside the grammar");
        }
        return ctx.db().inTransaction(tx -> {
            if (tx.messages().find(key).isEmpty()) {
                return reject(m, "reaction to an unknown message");
            }
            boolean changed = emoji.isEmpty() ? tx.reactions().remove(key, c.address())
                    : tx.reactions().react(key, c.address(), emoji, sentAt(m, ctx.now()));
            if (changed) {
                ctx.events().afterCommit(tx, new EngineEvent.ReactionChanged(key, c.address(), emoji));
            }
            return Verdict.ACK;
        });
    }

    /** msgReceived / msgRead for one of our messages; also ends its outbox entry. */
    public void onReceipt(Transaction tx, Contact c, Bytes id, ReceiptKind kind) {
        tx.outbox().acknowledge(c.address(), id);
        MessageKey key = new MessageKey(c.address(), id);
        Optional<StoredMessage> msg = tx.messages().find(key);
        if (msg.isEmpty() || msg.get().direction() != Direction.OUTGOING) {
            return;
        }
        tx.receipts().record(key, new Receipt(c.address(), kind, ctx.now()));
        MessageState to = kind == ReceiptKind.READ ? MessageState.READ : MessageState.DELIVERED;
        if (tx.messages().advanceState(key, to)) {
            ctx.events().afterCommit(tx, new EngineEvent.MessageStateChanged(key, to));
        }
    }

    /** nick (id {5}) and avatar (id {6}). */
    public Verdict onProfile(Contact c, StreamMessage m, SpixiMessage s, boolean avatar) throws ProtocolException {
        Contact next;
        if (avatar) {
            if (s.data().length() > LinnetWire.MAX_AVATAR_BYTES) {
                return reject(m, "avatar of " + s.data().length() + " bytes");
            }
            next = c.withAvatar(s.data());
        } else {
            String nick = IxiReader.utf8(s.data().toByteArray(), 0, "nick");
            if (nick.length() > 256) {
                return reject(m, "nick of " + nick.length() + " characters");
            }
            next = c.withNickname(nick);
        }
        ctx.db().useTransaction(tx -> {
            tx.contacts().save(next);
            ctx.events().afterCommit(tx, new EngineEvent.ContactChanged(next));
        });
        return Verdict.ACK;
    }

    /**
     * The author's millisecond time, unless it lies more than {@link #CLOCK_SLACK} ahead of ours (then
     * ours): a little slack keeps the author's order when its clock runs slightly ahead, and a peer cannot
     * pin its messages below newer ones for longer than that.
     */
    public static Instant orderedAt(long millis, Instant now) {
        Instant t = Instant.ofEpochMilli(millis);
        return t.isAfter(now.plus(CLOCK_SLACK)) ? now : t;
    }

    /** When an edit was made: its millisecond time if it carries one, else the StreamMessage's second. */
    public static Instant editTime(EditPayload p, StreamMessage m, Instant now) {
        return p.editedAtMillis() == EditPayload.NO_TIME ? sentAt(m, now) : orderedAt(p.editedAtMillis(), now);
    }

    /** The author's time, unless it lies in the future (then ours). */
    public static Instant sentAt(StreamMessage m, Instant now) {
        Instant t = Instant.ofEpochSecond(m.timestamp());
        return t.isAfter(now) ? now : t;
    }

    static Verdict reject(StreamMessage m, String why) {
        LOG.warn("rejected {} from {}: {}", m.id(), m.sender(), why);
        return Verdict.REJECT;
    }
}
