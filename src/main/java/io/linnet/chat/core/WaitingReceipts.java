package io.linnet.chat.core;

import io.linnet.chat.store.OutboxEntry;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.SpixiMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Receipts waiting in the outbox for one recipient, read back as their SpixiMessages, so that a newer read
 * receipt can replace or bound older ones instead of letting them pile up while the recipient is offline.
 * Only entries that deliver no history row count (receipts, markers); each conversation — the direct one,
 * or one group — is kept apart. Stateless; engine thread, inside the caller's transaction.
 */
public final class WaitingReceipts {
    /** Most {@code msgRead} receipts waiting for one Spixi recipient per conversation; the oldest go first. */
    public static final int SPIXI_READS_KEPT = 50;

    private WaitingReceipts() {}

    /** One waiting entry and what it carries. */
    public record Waiting(OutboxEntry entry, SpixiMessage body) {}

    /**
     * The pending entries to {@code to} without a history row whose SpixiMessage belongs to {@code group}
     * ({@code null}: the direct conversation), in queue order.
     */
    public static List<Waiting> to(Transaction tx, Address to, Address group) {
        List<Waiting> out = new ArrayList<>();
        for (OutboxEntry e : tx.outbox().pendingFor(to)) {
            if (e.message() != null) {
                continue;
            }
            try {
                SpixiMessage s = SpixiMessage.decode(Envelopes.fromPayload(e.payload()).data().toByteArray());
                if (Objects.equals(s.groupAddress(), group)) {
                    out.add(new Waiting(e, s));
                }
            } catch (ProtocolException x) {
                // not a SpixiMessage we wrote: never a receipt
            }
        }
        return out;
    }

    /** Those of {@code waiting} of SpixiMessage type {@code type}, in the same order. */
    public static List<Waiting> ofType(List<Waiting> waiting, int type) {
        return waiting.stream().filter(w -> w.body().type() == type).toList();
    }

    /** Removes every one of {@code waiting}. */
    public static void remove(Transaction tx, List<Waiting> waiting) {
        waiting.forEach(w -> tx.outbox().remove(w.entry().id()));
    }

    /** Removes all but the last {@code kept} of {@code waiting} (queue order: the newest are kept). */
    public static void keepNewest(Transaction tx, List<Waiting> waiting, int kept) {
        remove(tx, waiting.subList(0, Math.max(0, waiting.size() - kept)));
    }
}
