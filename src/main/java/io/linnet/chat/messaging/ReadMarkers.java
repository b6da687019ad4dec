package io.linnet.chat.messaging;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.ReceiptKind;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.codec.Bytes;
import java.util.List;
import java.util.Optional;

/**
 * Applies a Linnet "read up to" marker ({@code LinnetWire.READ_UP_TO}): the named message is read, and so
 * is every earlier outgoing message of the conversation the peer is known to have ({@code SENT} or
 * {@code DELIVERED}; a {@code SENDING} or {@code FAILED} one may never have reached it). The walk back
 * stops at the first outgoing message already {@code READ}: an earlier marker or receipt covered what lies
 * before it. Engine thread, inside the caller's transaction.
 */
final class ReadMarkers {
    private static final int PAGE = 200;
    private final ChatReceiver chat;

    ReadMarkers(ChatReceiver chat) {
        this.chat = chat;
    }

    /** How many of our messages the marker turned {@code READ}. */
    int apply(Transaction tx, Contact c, Bytes upTo) {
        MessageKey key = new MessageKey(c.address(), upTo);
        Optional<StoredMessage> marker = tx.messages().find(key);
        if (marker.isEmpty() || marker.get().direction() != Direction.OUTGOING) {
            return 0;
        }
        int n = marker.get().state() == MessageState.READ ? 0 : 1;
        chat.onReceipt(tx, c, upTo, ReceiptKind.READ);
        List<StoredMessage> page = tx.messages().olderPage(c.address(), marker.get().cursor(), PAGE);
        while (!page.isEmpty()) {
            for (StoredMessage m : page) {
                if (m.direction() != Direction.OUTGOING) {
                    continue;
                }
                if (m.state() == MessageState.READ) {
                    return n;
                }
                if (m.state() == MessageState.SENT || m.state() == MessageState.DELIVERED) {
                    chat.onReceipt(tx, c, m.key().messageId(), ReceiptKind.READ);
                    n++;
                }
            }
            page = tx.messages().olderPage(c.address(), page.getLast().cursor(), PAGE);
        }
        return n;
    }
}
