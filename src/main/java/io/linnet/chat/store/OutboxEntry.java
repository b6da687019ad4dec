package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something to deliver to one recipient, kept until the recipient acknowledges it. A group message has
 * one entry per member, all pointing at the same history row.
 *
 * @param id local number of the entry
 * @param recipient the transport recipient
 * @param streamId the StreamMessage id the recipient will acknowledge
 * @param message the history row this entry delivers, or {@code null} (receipts, handshakes)
 * @param payload what to send, as the engine prepared it (stored encrypted)
 * @param state pending or failed
 * @param attempts how many attempts were made
 * @param createdAt when it was queued
 * @param lastAttemptAt when the last attempt was made, {@code null} before the first
 * @param nextAttemptAt when it is next due
 * @param expiresAt when it fails if still unacknowledged
 */
public record OutboxEntry(
        long id,
        Address recipient,
        Bytes streamId,
        MessageKey message,
        Bytes payload,
        OutboxState state,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant expiresAt) {

    /** How long an entry is tried before it fails: 5 days, as Ixian's {@code messageExpirationSeconds}. */
    public static final Duration LIFETIME = Duration.ofDays(5);

    public OutboxEntry {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(state, "state");
        createdAt = Times.required(createdAt, "createdAt");
        lastAttemptAt = Times.millis(lastAttemptAt);
        nextAttemptAt = Times.required(nextAttemptAt, "nextAttemptAt");
        expiresAt = Times.required(expiresAt, "expiresAt");
    }
}
