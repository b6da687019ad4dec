/**
 * What the messaging engine stores and how it asks for it: value records (contacts, groups, messages,
 * reactions, receipts, outbox entries, conversation summaries), one repository interface per family,
 * and {@link io.linnet.chat.store.Database}, which runs units of work atomically across repositories.
 *
 * <p>Nothing here knows about SQL or JDBC; {@code io.linnet.store} implements these interfaces on
 * SQLite. Times are {@link java.time.Instant}s kept to the millisecond (records truncate what they are
 * given), addresses are {@link io.linnet.ixian.address.Address}es compared without checksum, and byte
 * strings are {@link io.linnet.ixian.codec.Bytes}, so every record is immutable and compares by value.
 */
package io.linnet.chat.store;
