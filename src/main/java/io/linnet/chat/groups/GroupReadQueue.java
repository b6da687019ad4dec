package io.linnet.chat.groups;

import io.linnet.chat.core.WaitingReceipts;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a group's read receipts from piling up in the outbox while their next hop is offline, as
 * {@code ReadReceiptQueue} does for direct chats. Receipts to one hop are kept apart by group and by
 * {@code groupSenderAddress} (the member an owner passes a read on for, or ourselves going through the
 * owner), then:
 *
 * <ul>
 *   <li>read-up-to markers: one per author of the message named — the one naming that author's latest
 *       message, which covers the others;
 *   <li>{@code msgRead}s (to a Spixi hop, or a Spixi member's reads an owner passes on): the newest
 *       {@value WaitingReceipts#SPIXI_READS_KEPT}.
 * </ul>
 *
 * Stateless; engine thread, inside the transaction that queued the newest receipt.
 */
final class GroupReadQueue {
    private static final Comparator<StoredMessage> ORDER =
            Comparator.comparing(StoredMessage::sentAt).thenComparingLong(StoredMessage::seq);

    private GroupReadQueue() {}

    /** Whether {@code s} is a read receipt. */
    static boolean isRead(SpixiMessage s) {
        return s.type() == LinnetWire.READ_UP_TO || s.is(SpixiMessageCode.MSG_READ);
    }

    /** Drops the read receipts of group {@code v} to {@code hop} with {@code groupSender} that newer ones cover. */
    static void coalesce(Transaction tx, GroupView v, Address hop, Address groupSender) {
        List<WaitingReceipts.Waiting> waiting = WaitingReceipts.to(tx, hop, v.address()).stream()
                .filter(w -> Objects.equals(w.body().groupSenderAddress(), groupSender)).toList();
        Map<Address, WaitingReceipts.Waiting> latest = new HashMap<>();
        Map<Address, StoredMessage> latestNamed = new HashMap<>();
        List<WaitingReceipts.Waiting> covered = new ArrayList<>();
        for (WaitingReceipts.Waiting w : WaitingReceipts.ofType(waiting, LinnetWire.READ_UP_TO)) {
            StoredMessage named = tx.messages().find(new MessageKey(v.address(), w.body().data())).orElse(null);
            if (named == null || named.author() == null) {
                continue; // cannot tell whose reading it reports: left as it is
            }
            StoredMessage before = latestNamed.get(named.author());
            if (before == null || ORDER.compare(named, before) >= 0) {
                if (before != null) {
                    covered.add(latest.get(named.author()));
                }
                latest.put(named.author(), w);
                latestNamed.put(named.author(), named);
            } else {
                covered.add(w);
            }
        }
        WaitingReceipts.remove(tx, covered);
        WaitingReceipts.keepNewest(tx, WaitingReceipts.ofType(waiting, SpixiMessageCode.MSG_READ.number()),
                WaitingReceipts.SPIXI_READS_KEPT);
    }
}
