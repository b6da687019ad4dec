package io.linnet.chat.groups;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.messaging.ChatReceiver;
import io.linnet.chat.messaging.ChatText;
import io.linnet.chat.messaging.Reactions;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.ChatPayload;
import io.linnet.chat.wire.EditPayload;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.ReactionMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores what a group member wrote, inside the caller's transaction, with the author as we see it: chat and
 * quoting chat, edits (the author's only), deletes (the author's or the owner's), reactions, the group
 * avatar (the owner's only) and leave. Engine thread.
 */
final class GroupContent {
    private static final Logger LOG = LoggerFactory.getLogger(GroupContent.class);

    /** What became of a message. */
    enum Outcome {
        /** Stored or applied now: relay it if we relay. */
        NEW,
        /** Already had it (or it changed nothing): acknowledge, do not relay again. */
        SEEN,
        /** Not acceptable: neither stored nor acknowledged. */
        REFUSED
    }

    private final EngineContext ctx;

    GroupContent(EngineContext ctx) {
        this.ctx = ctx;
    }

    Outcome chat(Transaction tx, GroupView v, Address author, StreamMessage m, SpixiMessage s, boolean reply)
            throws ProtocolException {
        ChatText t = ChatText.decode(s, reply);
        if (t.tooLong()) {
            return refuse(m, "text of " + t.text().length() + " characters");
        }
        return store(tx, v, author, m, s, ChatReceiver.sentAt(m, ctx.now()), t.replyTo(), t.text());
    }

    /** Linnet's ordered chat ({@link LinnetWire#CHAT_ORDERED}), ordered by the author's millisecond time. */
    Outcome orderedChat(Transaction tx, GroupView v, Address author, StreamMessage m, SpixiMessage s) throws ProtocolException {
        ChatPayload p = ChatPayload.decode(s.data().toByteArray());
        return store(tx, v, author, m, s, ChatReceiver.orderedAt(p.sentAtMillis(), ctx.now()), p.replyTo(), p.text());
    }

    private Outcome store(Transaction tx, GroupView v, Address author, StreamMessage m, SpixiMessage s, Instant sentAt,
            Bytes replyTo, String text) {
        if (s.channel() != 0 && tx.groups().channels(v.address()).stream().noneMatch(c -> c.index() == s.channel())) {
            return refuse(m, "unknown channel " + s.channel());
        }
        MessageKey key = new MessageKey(v.address(), m.id());
        Instant now = ctx.now();
        NewMessage nm = new NewMessage(key, s.channel(), Direction.INCOMING, author, MessageState.RECEIVED, sentAt, now,
                replyTo, text);
        if (!tx.messages().insertIncomingIfNew(nm)) {
            return Outcome.SEEN;
        }
        tx.messages().find(key).ifPresent(stored -> ctx.events().afterCommit(tx, new EngineEvent.MessageAdded(stored)));
        return Outcome.NEW;
    }

    Outcome edit(Transaction tx, GroupView v, Address author, StreamMessage m, SpixiMessage s) throws ProtocolException {
        EditPayload p = EditPayload.decode(s.data().toByteArray());
        MessageKey key = new MessageKey(v.address(), p.target());
        Optional<StoredMessage> target = tx.messages().find(key);
        if (target.isEmpty()) {
            return missing(v, m, "edit");
        }
        if (!author.equals(target.get().author())) {
            return refuse(m, "edit of a message " + author + " did not write");
        }
        if (!tx.messages().edit(key, p.text(), ChatReceiver.editTime(p, m, ctx.now()))) {
            return Outcome.SEEN;
        }
        ctx.events().afterCommit(tx, new EngineEvent.MessageEdited(key, p.text()));
        return Outcome.NEW;
    }

    Outcome delete(Transaction tx, GroupView v, Address author, StreamMessage m, SpixiMessage s) {
        if (s.data().isEmpty()) {
            return refuse(m, "delete without a target");
        }
        MessageKey key = new MessageKey(v.address(), s.data());
        Optional<StoredMessage> target = tx.messages().find(key);
        if (target.isEmpty()) {
            return missing(v, m, "delete");
        }
        if (!(author.equals(target.get().author()) || author.equals(v.owner()))) {
            return refuse(m, "delete by " + author + ", who is neither the author nor the owner");
        }
        if (!tx.messages().deleteForEveryone(key, ctx.now())) {
            return Outcome.SEEN;
        }
        ctx.events().afterCommit(tx, new EngineEvent.MessageDeleted(key));
        return Outcome.NEW;
    }

    Outcome reaction(Transaction tx, GroupView v, Address author, StreamMessage m, SpixiMessage s) throws ProtocolException {
        ReactionMessage r = ReactionMessage.decode(s.data().toByteArray());
        MessageKey key = new MessageKey(v.address(), r.messageId());
        String emoji = Reactions.fromWire(r.reaction()).orElse(null);
        if (emoji == null) {
            return refuse(m, "reaction '" + r.reaction() + "' outside the grammar");
        }
        if (tx.messages().find(key).isEmpty()) {
            return missing(v, m, "reaction");
        }
        boolean changed = emoji.isEmpty() ? tx.reactions().remove(key, author)
                : tx.reactions().react(key, author, emoji, ChatReceiver.sentAt(m, ctx.now()));
        if (!changed) {
            return Outcome.SEEN;
        }
        ctx.events().afterCommit(tx, new EngineEvent.ReactionChanged(key, author, emoji));
        return Outcome.NEW;
    }

    Outcome avatar(Transaction tx, GroupView v, Address author, StreamMessage m, SpixiMessage s) {
        if (!author.equals(v.owner())) {
            return refuse(m, "group avatar from " + author + ", who is not the owner");
        }
        if (s.data().length() > LinnetWire.MAX_AVATAR_BYTES) {
            return refuse(m, "avatar of " + s.data().length() + " bytes");
        }
        if (v.group().avatar().equals(s.data())) {
            return Outcome.SEEN;
        }
        Group g = v.group().withAvatar(s.data());
        tx.groups().save(g);
        ctx.events().afterCommit(tx, new EngineEvent.GroupChanged(g));
        return Outcome.NEW;
    }

    Outcome leave(Transaction tx, GroupView v, Address author) {
        return Membership.onLeave(ctx, tx, v, author) ? Outcome.NEW : Outcome.SEEN;
    }

    /**
     * An edit, delete or reaction for a message we do not have. From the owner, who sends and relays
     * everything in order, it is about a message from before we were in the group, which will never come:
     * acknowledged and dropped. From another member it may have overtaken the message: refused, so it
     * comes again later.
     */
    private static Outcome missing(GroupView v, StreamMessage m, String what) {
        if (m.sender().equals(v.owner())) {
            LOG.debug("{} {} for a message from before we joined {}; dropped", what, m.id(), v.address());
            return Outcome.SEEN;
        }
        return refuse(m, what + " of a message we do not have (yet)");
    }

    static Outcome refuse(StreamMessage m, String why) {
        LOG.warn("rejected group message {} from {}: {}", m.id(), m.sender(), why);
        return Outcome.REFUSED;
    }
}
