package io.linnet.chat.groups;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.messaging.ChatSender;
import io.linnet.chat.messaging.Reactions;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.EditPayload;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.chat.wire.ChatPayload;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.ReactionMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.time.Instant;

/**
 * Our side of a group conversation: text (optionally quoting, optionally on a channel), edit, delete,
 * react and typing. Each is stored and queued to its next hops ({@link Routing}) in one transaction forced
 * to disk; a next hop that is offline — the owner in privacy mode — gets it from the outbox when it is
 * back. Engine thread.
 */
final class GroupSender {
    private final EngineContext ctx;
    private final GroupOutbox outbox;

    GroupSender(EngineContext ctx, GroupOutbox outbox) {
        this.ctx = ctx;
        this.outbox = outbox;
    }

    StoredMessage send(Address group, int channel, String text, Bytes quoted) {
        ChatSender.checkText(text);
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            GroupView v = active(tx, group);
            if (channel != 0 && tx.groups().channels(v.address()).stream().noneMatch(c -> c.index() == channel)) {
                throw new ChatException("the group has no channel " + channel);
            }
            if (!quoted.isEmpty() && tx.messages().find(new MessageKey(v.address(), quoted)).isEmpty()) {
                throw new ChatException("the quoted message is not in this conversation");
            }
            MessageKey key = new MessageKey(v.address(), StreamMessage.randomId());
            Instant sentAt = ChatSender.nextSendingTime(ctx, tx, v.address());
            StoredMessage stored = tx.messages().insertOutgoing(new NewMessage(key, channel, Direction.OUTGOING, v.me(),
                    MessageState.SENDING, sentAt, ctx.now(), quoted, text));
            if (queueChat(tx, v, stored) == 0 && tx.messages().advanceState(key, MessageState.DELIVERED)) {
                stored = tx.messages().find(key).orElseThrow(); // nobody else is in the group
            }
            ctx.events().afterCommit(tx, new EngineEvent.MessageAdded(stored));
            return stored;
        });
    }

    /**
     * A failed message of ours with no outbox entry left (restored from a backup), queued afresh to its next
     * hops as routing has them now — the owner in privacy mode — under its id and sending time; how many
     * copies were queued.
     */
    int requeue(Transaction tx, StoredMessage failed) {
        GroupView v = active(tx, failed.key().conversation());
        if (!v.me().equals(failed.author())) {
            return 0;
        }
        return queueChat(tx, v, failed);
    }

    /**
     * Queues one of our chat messages to its next hops as an ordered chat (the author's millisecond time
     * orders it everywhere; Spixi members get plain chat); how many copies were queued.
     */
    private int queueChat(Transaction tx, GroupView v, StoredMessage m) {
        SpixiMessage body = new SpixiMessage(LinnetWire.CHAT_ORDERED,
                Bytes.of(new ChatPayload(m.sentAt().toEpochMilli(), m.replyTo(), m.body()).encode()), m.channel(),
                v.address(), null);
        return queue(tx, v, body, m.key().messageId(), m.key());
    }

    /** Replaces the text of one of our messages; only members running Linnet can apply it. */
    void edit(MessageKey key, String text) {
        ChatSender.checkText(text);
        ctx.db().useTransaction(Durability.FULL, tx -> {
            GroupView v = active(tx, key.conversation());
            StoredMessage m = live(tx, key);
            if (!v.me().equals(m.author())) {
                throw new ChatException("only the author can edit a message");
            }
            Instant at = ChatSender.nextEditTime(ctx, m);
            if (tx.messages().edit(key, text, at)) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageEdited(key, text));
            }
            SpixiMessage body = new SpixiMessage(LinnetWire.EDIT,
                    Bytes.of(new EditPayload(key.messageId(), text, at.toEpochMilli()).encode()), m.channel(), v.address(), null);
            queue(tx, v, body, StreamMessage.randomId(), null);
        });
    }

    /** Deletes a message for everyone: our own, or anyone's when we own the group. */
    void delete(MessageKey key) {
        ctx.db().useTransaction(Durability.FULL, tx -> {
            GroupView v = active(tx, key.conversation());
            StoredMessage m = live(tx, key);
            if (!v.me().equals(m.author()) && !v.owned()) {
                throw new ChatException("only the author or the group's owner can delete a message");
            }
            if (tx.messages().deleteForEveryone(key, ctx.now())) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageDeleted(key));
            }
            SpixiMessage body = new SpixiMessage(SpixiMessageCode.MSG_DELETE.number(), key.messageId(), m.channel(),
                    v.address(), null);
            queue(tx, v, body, StreamMessage.randomId(), null);
        });
    }

    /** Sets or (with {@code ""}, Linnet members only) removes our reaction. */
    void react(MessageKey key, String emoji) {
        if (emoji.length() > 16) {
            throw new ChatException("a reaction is one emoji");
        }
        ctx.db().useTransaction(Durability.FULL, tx -> {
            GroupView v = active(tx, key.conversation());
            StoredMessage m = live(tx, key);
            boolean changed = emoji.isEmpty() ? tx.reactions().remove(key, v.me())
                    : tx.reactions().react(key, v.me(), emoji, ctx.now());
            if (changed) {
                ctx.events().afterCommit(tx, new EngineEvent.ReactionChanged(key, v.me(), emoji));
            }
            ReactionMessage r = new ReactionMessage(key.messageId(), Reactions.toWire(emoji));
            SpixiMessage body = new SpixiMessage(SpixiMessageCode.MSG_REACTION.number(), Bytes.of(r.encode()), m.channel(),
                    v.address(), null);
            queue(tx, v, body, StreamMessage.randomId(), null);
        });
    }

    /** A typing notice to the group's Linnet members, sent once (relayed by the owner where needed). */
    void typing(Address group) {
        Routing.Route r = ctx.db().read(tx -> Routing.ours(tx, active(tx, group)));
        SpixiMessage body = new SpixiMessage(SpixiMessageCode.MSG_TYPING.number(), Bytes.EMPTY, 0, group.withoutPublicKey(),
                r.groupSender());
        outbox.sendNow(r.hops(), body);
    }

    private int queue(Transaction tx, GroupView v, SpixiMessage body, Bytes id, MessageKey history) {
        Routing.Route r = Routing.ours(tx, v);
        return outbox.queue(tx, r.hops(), body.withGroupSenderAddress(r.groupSender()), id, StreamMessageCode.DATA, history);
    }

    private GroupView active(Transaction tx, Address group) {
        GroupView v = GroupView.find(tx, group, ctx.self().address())
                .orElseThrow(() -> new ChatException("unknown group " + group));
        if (!v.active(tx)) {
            throw new ChatException("we are no longer in this group");
        }
        return v;
    }

    private static StoredMessage live(Transaction tx, MessageKey key) {
        StoredMessage m = tx.messages().find(key).orElseThrow(() -> new ChatException("unknown message"));
        if (m.deleted()) {
            throw new ChatException("the message was deleted");
        }
        return m;
    }
}
