package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.util.List;
import java.util.Optional;

/** One-to-one contacts, keyed by address. */
public interface ContactStore {

    /**
     * Creates the contact or replaces every field of the stored one, except
     * {@link Contact#lastHandshakeTimestamp}, which only {@link #acceptHandshakeTimestamp} moves (so a
     * stale copy cannot roll the replay guard back).
     */
    void save(Contact contact);

    Optional<Contact> find(Address address);

    /** Every contact, oldest first. */
    List<Contact> all();

    /** The contacts in {@code state}, oldest first. */
    List<Contact> withState(ContactState state);

    /** Deletes the contact (not its conversation); whether there was one. */
    boolean delete(Address address);

    /**
     * The handshake replay guard: records {@code timestamp} and returns {@code true} only if it is newer
     * than every handshake timestamp accepted from this contact before. An unknown contact gives
     * {@code false}.
     */
    boolean acceptHandshakeTimestamp(Address address, long timestamp);
}
