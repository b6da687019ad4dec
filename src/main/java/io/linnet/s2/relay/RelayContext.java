package io.linnet.s2.relay;

import io.linnet.ixian.address.Address;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.net.S2Session;
import io.linnet.s2.presence.PresenceValidator;
import io.linnet.s2.wire.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state one relay's message handlers share: its settings, presence store, sector answers, inbound
 * sessions and counters. Every part is thread-safe, so handlers on different connections can use it
 * at once.
 */
final class RelayContext {
    private static final Logger log = LoggerFactory.getLogger(RelayContext.class);

    private final RelayConfig config;
    private final String publicHost;
    private final PresenceStore store;
    private final SectorAnswers sectors;
    private final ClientSessions sessions = new ClientSessions();
    private final RelayStats stats = new RelayStats();
    private final PresenceValidator validator;

    RelayContext(RelayConfig config, String publicHost) {
        this.config = config;
        this.publicHost = publicHost;
        this.store = new PresenceStore(config.maxPresences(), 10);
        this.sectors = new SectorAnswers(store);
        this.validator = new PresenceValidator(config.profile(), SignatureVerifier.rsa());
    }

    RelayConfig config() {
        return config;
    }

    /** "host:port" this relay signs and announces. */
    String publicHost() {
        return publicHost;
    }

    Address self() {
        return config.identity().address();
    }

    Roster roster() {
        return config.roster();
    }

    PresenceStore store() {
        return store;
    }

    SectorAnswers sectors() {
        return sectors;
    }

    ClientSessions sessions() {
        return sessions;
    }

    RelayStats stats() {
        return stats;
    }

    PresenceValidator validator() {
        return validator;
    }

    /** Network time in unix seconds: the relay's own clock (it is its clients' time source). */
    long nowSeconds() {
        return config.clock().instant().getEpochSecond();
    }

    /** Queues {@code m} to {@code to}, counting it; false if the connection refused it. */
    boolean send(S2Session to, S2Message m) {
        boolean queued = to.send(m);
        if (queued) {
            stats.framesOut.increment();
        } else {
            log.debug("{} refused {}", to, m.code());
        }
        return queued;
    }

    /** Queues an already framed message (forwarding), counting it; false if the connection refused it. */
    boolean send(S2Session to, Frame frame) {
        boolean queued = to.send(frame);
        if (queued) {
            stats.framesOut.increment();
        } else {
            log.debug("{} refused {}", to, frame.code());
        }
        return queued;
    }

    /** Counts a refused message. */
    void rejected(String why) {
        stats.rejected.increment();
        log.debug("rejected: {}", why);
    }
}
