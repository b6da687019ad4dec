package io.linnet.chat.store;

import java.util.List;

/** Delivery and read receipts per recipient and message. */
public interface ReceiptStore {

    /**
     * Records a receipt; {@code true} if it is new (the first of its kind from that recipient for that
     * message). An unknown message gives {@code false}.
     */
    boolean record(MessageKey message, Receipt receipt);

    /** The receipts for a message, in arrival order. */
    List<Receipt> receipts(MessageKey message);

    /** How many recipients sent a receipt of {@code kind} for a message. */
    int count(MessageKey message, ReceiptKind kind);
}
