package io.linnet.chat.store;

import java.util.Optional;

/** The single {@link Identity} record. */
public interface IdentityStore {

    /** Our identity, or empty before one has been created. */
    Optional<Identity> find();

    /** Creates or replaces the identity. */
    void save(Identity identity);
}
