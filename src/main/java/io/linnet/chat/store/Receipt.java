package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.time.Instant;
import java.util.Objects;

/**
 * A recipient's report about one of our messages. In a group each member sends their own, and the
 * engine counts them to decide when the message is delivered or read.
 *
 * @param recipient who reported
 * @param kind delivered or read
 * @param at when the receipt arrived
 */
public record Receipt(Address recipient, ReceiptKind kind, Instant at) {

    public Receipt {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        at = Times.required(at, "at");
    }
}
