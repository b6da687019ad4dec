package io.linnet.chat.outbox;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.OutboxEntry;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.client.DeliveryResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the outbox: fails what expired, then, for every recipient with an entry due, sends all that
 * recipient's pending entries in queue order (so a peer coming back receives its backlog in the order it
 * was written) — except those sent within the initial backoff that are not due yet: they are in flight,
 * and a burst to one recipient (a group's receipts) would otherwise repeat them.
 * Each attempt is recorded — and the next one scheduled by the backoff — in the database before the
 * message goes out, so a crash can cause a repeat (which the receiver de-duplicates) but never a
 * loss. An entry leaves the outbox only when the recipient acknowledges it or it expires.
 *
 * <p>Thread contract: {@link #pass()} runs on the engine thread; network outcomes are brought back to it
 * through the given executor.
 */
public final class OutboxPump {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxPump.class);
    private final EngineContext ctx;
    private final Executor engineThread;
    private final java.util.Map<Address, Instant> lastFlush = new java.util.HashMap<>();

    public OutboxPump(EngineContext ctx, Executor engineThread) {
        this.ctx = ctx;
        this.engineThread = engineThread;
    }

    private record Attempt(OutboxEntry entry, Contact contact) {}

    /** Expires and sends what is due now. */
    public void pass() {
        Instant now = ctx.now();
        List<Attempt> attempts = ctx.db().inTransaction(tx -> {
            for (OutboxEntry failed : tx.outbox().expire(now)) {
                if (failed.message() != null) {
                    tx.messages().find(failed.message()).filter(m -> m.state() == MessageState.FAILED)
                            .ifPresent(m -> ctx.events().afterCommit(tx, new EngineEvent.MessageStateChanged(m.key(), m.state())));
                }
                LOG.info("outbox entry {} to {} expired after {} attempts", failed.id(), failed.recipient(), failed.attempts());
            }
            Set<Address> recipients = new LinkedHashSet<>();
            List<OutboxEntry> due = tx.outbox().due(now, ctx.config().sendBatch());
            for (OutboxEntry e : due) {
                recipients.add(e.recipient());
            }
            if (due.size() == ctx.config().sendBatch()) {
                tx.afterCommit(ctx.kickOutbox()); // more may be due (a group fan-out): another pass right away
            }
            List<Attempt> out = new ArrayList<>();
            Instant recent = now.minus(ctx.config().backoff().initial());
            for (Address r : recipients) {
                Contact contact = tx.contacts().find(r).orElse(null);
                for (OutboxEntry e : tx.outbox().sendableFor(r, now, recent)) {
                    tx.outbox().recordAttempt(e.id(), now, ctx.config().backoff().nextAttempt(e.attempts() + 1, now));
                    out.add(new Attempt(e, contact));
                }
            }
            return out;
        });
        for (Attempt a : attempts) {
            send(a);
        }
    }

    private void send(Attempt a) {
        StreamMessage plain;
        try {
            plain = Envelopes.fromPayload(a.entry().payload());
        } catch (ProtocolException e) {
            LOG.error("outbox entry {} holds an unreadable payload; dropping it", a.entry().id(), e);
            ctx.db().useTransaction(tx -> tx.outbox().remove(a.entry().id()));
            return;
        }
        Optional<StreamMessage> sealed = Envelopes.seal(plain, a.contact(), ctx.self().key());
        if (sealed.isEmpty()) {
            LOG.debug("outbox entry {} to {} waits for keys ({})", a.entry().id(), a.entry().recipient(), plain.encryptionType());
            return;
        }
        ctx.transport().send(sealed.get()).thenAcceptAsync(r -> delivered(a.entry(), r), engineThread);
    }

    private void delivered(OutboxEntry entry, DeliveryResult result) {
        if (result.outcome() != DeliveryResult.Outcome.ACCEPTED) {
            LOG.debug("outbox entry {} to {}: {}", entry.id(), entry.recipient(), result.detail());
            return;
        }
        if (entry.message() == null) {
            return;
        }
        ctx.db().useTransaction(tx -> {
            if (tx.messages().advanceState(entry.message(), MessageState.SENT)) {
                ctx.events().afterCommit(tx, new EngineEvent.MessageStateChanged(entry.message(), MessageState.SENT));
            }
        });
    }

    /**
     * Sends every pending entry of {@code recipient} once more right away, without touching the schedule:
     * the peer just showed it is online, so its backlog need not wait for the backoff. At most once per
     * initial backoff interval per recipient.
     */
    public void flushLimited(Address recipient) {
        Instant now = ctx.now();
        Instant last = lastFlush.get(recipient);
        if (last != null && now.isBefore(last.plus(ctx.config().backoff().initial()))) {
            return;
        }
        lastFlush.put(recipient, now);
        flush(recipient);
    }

    private void flush(Address recipient) {
        record Pending(List<OutboxEntry> entries, Contact contact) {}
        Pending p = ctx.db().read(tx -> new Pending(tx.outbox().pendingFor(recipient), tx.contacts().find(recipient).orElse(null)));
        for (OutboxEntry e : p.entries()) {
            send(new Attempt(e, p.contact()));
        }
    }
}
