package io.linnet.chat.core;

import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Database;
import java.time.Instant;
import java.util.Objects;

/**
 * What every part of the engine shares: the database, who we are, the network, the events and the
 * policies, plus {@link #kickOutbox} to ask for an immediate outbox pass. Immutable.
 */
public record EngineContext(Database db, UnlockedIdentity self, Transport transport, EventHub events,
        EngineConfig config, Runnable kickOutbox) {
    public EngineContext {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(kickOutbox, "kickOutbox");
    }

    /** Local time now. */
    public Instant now() {
        return config.clock().instant();
    }
}
