package io.linnet.s2.client;

import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.wire.NetworkProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides when the client's presence must be signed again and signs it (spec §3.7): a new KeepAlive
 * is made when forced (new primary relay, first connection), when the host name (the primary relay's
 * "ip:port") changed, or when the KeepAlive interval has passed since the last one. Its timestamp is
 * network time, but at least two seconds after the previous one, so that relays, which ignore a
 * KeepAlive that is not newer and only replace a changed host name that is at least 2 s newer, take it.
 *
 * <p>Owned by the client's engine thread; not thread-safe.
 */
final class PresencePublisher {
    /** The smallest step between two successive timestamps of one device. */
    static final long MIN_STEP_SECONDS = 2;

    /** A freshly signed presence: the KeepAlive to send and the full presence it belongs to. */
    record Signed(KeepAlive keepAlive, Presence presence) {}

    private final ClientIdentity identity;
    private final NetworkProfile profile;
    private final String productVersion;
    private final Duration interval;
    private Optional<Signed> current = Optional.empty();
    private Instant signedAt = Instant.MIN;

    PresencePublisher(ClientIdentity identity, NetworkProfile profile, String productVersion, Duration interval) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.productVersion = Objects.requireNonNull(productVersion, "productVersion");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** Whether a new KeepAlive is due for {@code hostName} at local time {@code now}. */
    boolean due(String hostName, Instant now, boolean force) {
        if (force || current.isEmpty()) {
            return true;
        }
        if (!current.get().keepAlive().hostName().equals(hostName)) {
            return true;
        }
        return !now.isBefore(signedAt.plus(interval));
    }

    /**
     * Signs a new KeepAlive naming {@code hostName} if one is {@link #due}; empty otherwise.
     *
     * @param networkNow network time in unix seconds
     * @param now        local time, for the interval
     */
    Optional<Signed> refresh(String hostName, long networkNow, Instant now, boolean force) {
        if (!due(hostName, now, force)) {
            return Optional.empty();
        }
        long timestamp = current.map(s -> Math.max(networkNow, s.keepAlive().timestamp() + MIN_STEP_SECONDS))
                .orElse(networkNow);
        KeepAlive ka = new KeepAlive(identity.address(), identity.deviceId(), timestamp, hostName, NodeType.CLIENT,
                null, null).sign(identity.key(), profile.checksumLock());
        Presence presence = new Presence(identity.address(), identity.publicKey(), null,
                List.of(PresenceAddress.fromKeepAlive(ka, productVersion)));
        Signed signed = new Signed(ka, presence);
        current = Optional.of(signed);
        signedAt = now;
        return current;
    }

    /** The last signed presence, to answer a relay's {@code getPresence2} for this client. */
    Optional<Signed> current() {
        return current;
    }
}
