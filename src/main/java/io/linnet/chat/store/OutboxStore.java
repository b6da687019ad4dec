package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox: what still has to reach a recipient. An outgoing message is queued in the same
 * transaction as its history row, before any network attempt, and stays until acknowledged or expired.
 */
public interface OutboxStore {

    /**
     * Queues {@code payload} for {@code recipient}, due at once and expiring {@link OutboxEntry#LIFETIME}
     * after {@code now}. {@code message}, if given, must be stored already; its state follows the entry
     * on expiry and retry. Queuing the same (recipient, streamId) again replaces the payload and restarts
     * the schedule.
     */
    OutboxEntry enqueue(Address recipient, Bytes streamId, MessageKey message, Bytes payload, Instant now);

    Optional<OutboxEntry> find(long id);

    /** Pending entries due at {@code now}, earliest due first (ties by queue order), at most {@code limit}. */
    List<OutboxEntry> due(Instant now, int limit);

    /** When the earliest pending entry is due, if any (for the sender to sleep until then). */
    Optional<Instant> nextDue();

    /** Pending entries for one recipient in queue order (to flush when the recipient comes online). */
    List<OutboxEntry> pendingFor(Address recipient);

    /**
     * Pending entries for one recipient in queue order, leaving out those in flight: attempted after
     * {@code sentAfter} and not due at {@code now} (what a pass sends to a recipient that has something due,
     * without repeating what it sent moments ago).
     */
    List<OutboxEntry> sendableFor(Address recipient, Instant now, Instant sentAfter);

    /** Entries that expired and wait for the user to retry, in queue order. */
    List<OutboxEntry> failed();

    /**
     * Records an attempt at {@code at}: counts it and schedules the next one (see {@link Backoff}); whether
     * the entry is pending.
     */
    boolean recordAttempt(long id, Instant at, Instant nextAttemptAt);

    /** The recipient acknowledged {@code streamId}: the entry is removed. Whether there was one. */
    boolean acknowledge(Address recipient, Bytes streamId);

    /** Removes an entry (e.g. one that only needed sending once); whether there was one. */
    boolean remove(long id);

    /**
     * Fails every pending entry whose expiry is at or before {@code now}; the messages they deliver turn
     * {@link MessageState#FAILED} unless a receipt already moved them past {@code SENT}. Returns the
     * entries as they were before failing.
     */
    List<OutboxEntry> expire(Instant now);

    /**
     * The user retries a failed message: its failed entries become pending again, due at {@code now} with a
     * fresh lifetime and no attempts, and the message goes back to {@link MessageState#SENDING}. The number
     * of entries revived.
     */
    int retry(MessageKey message, Instant now);
}
