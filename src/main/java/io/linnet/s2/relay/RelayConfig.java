package io.linnet.s2.relay;

import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.RateLimit;
import io.linnet.s2.net.S2Timings;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.NetworkProfile;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link RelayNode} runs with. {@link #defaults} gives the production values of the spec
 * (§7.5); tests shorten the clocks with the {@code with...} methods.
 *
 * @param identity               the relay's wallet key, type 'R', product version, device id
 * @param profile                the network (lock, testnet flag, whether private hosts are fine)
 * @param listen                 address to bind (port 0 picks a free one)
 * @param publicHost             "host:port" the relay signs and announces, as clients and peers dial it;
 *                               empty means the listen host and the bound port
 * @param roster                 the relays of the local network (may include this one)
 * @param maxClients             most inbound connections at once; one more is refused with bye 605
 * @param rateLimit              inbound budget per connection; excess ends it with bye 605
 * @param maxPayload             largest frame payload accepted
 * @param requireClientSignature refuse client hellos whose signature verifies over none of "", this
 *                               relay's host, or the client's own IP and port (Ixian does not check)
 * @param timings                connection clocks
 * @param keepAliveInterval      how often the relay re-signs its presence and sends it to its peers (200 s)
 * @param reconnectInterval      pause between attempts to reach a roster peer (2 s)
 * @param maintenanceInterval    how often expired presences are dropped (2.5 s)
 * @param maxPresences           most wallets in the presence store
 * @param clock                  the relay's clock: the network time its clients sync to
 */
public record RelayConfig(NodeIdentity identity, NetworkProfile profile, InetSocketAddress listen,
        Optional<String> publicHost, Roster roster, int maxClients, RateLimit rateLimit, int maxPayload,
        boolean requireClientSignature, S2Timings timings, Duration keepAliveInterval, Duration reconnectInterval,
        Duration maintenanceInterval, int maxPresences, InstantSource clock) {

    public static final int DEFAULT_PORT = NetworkProfile.MAINNET_RELAY_PORT;
    public static final int DEFAULT_MAX_CLIENTS = 2000;
    /** Frames per second one connection may send: far above what a messenger client needs. */
    public static final double DEFAULT_FRAMES_PER_SECOND = 200;
    /** Bytes per second one connection may send (8 MiB). */
    public static final double DEFAULT_BYTES_PER_SECOND = 8 * 1024 * 1024;

    public RelayConfig {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(publicHost, "publicHost");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(keepAliveInterval, "keepAliveInterval");
        Objects.requireNonNull(reconnectInterval, "reconnectInterval");
        Objects.requireNonNull(maintenanceInterval, "maintenanceInterval");
        Objects.requireNonNull(clock, "clock");
        if (identity.nodeType() != NodeType.RELAY) {
            throw new IllegalArgumentException("a relay's identity has node type 'R'");
        }
        if (maxClients < 1 || maxPresences < 1) {
            throw new IllegalArgumentException("maxClients and maxPresences must be positive");
        }
        if (maxPayload < 1 || maxPayload > Frame.MAX_PAYLOAD) {
            throw new IllegalArgumentException("maxPayload outside 1.." + Frame.MAX_PAYLOAD);
        }
    }

    /** Production settings for {@code identity} listening on {@code listen}, local profile, no roster peers. */
    public static RelayConfig defaults(NodeIdentity identity, InetSocketAddress listen) {
        return new RelayConfig(identity, NetworkProfile.local(), listen, Optional.empty(), Roster.empty(),
                DEFAULT_MAX_CLIENTS, new RateLimit(DEFAULT_FRAMES_PER_SECOND, DEFAULT_BYTES_PER_SECOND, 2),
                Frame.MAX_PAYLOAD, true, S2Timings.production(), Duration.ofSeconds(200), Duration.ofSeconds(2),
                Duration.ofMillis(2500), 100_000, InstantSource.system());
    }

    public RelayConfig withProfile(NetworkProfile p) {
        return new RelayConfig(identity, p, listen, publicHost, roster, maxClients, rateLimit, maxPayload,
                requireClientSignature, timings, keepAliveInterval, reconnectInterval, maintenanceInterval, maxPresences, clock);
    }

    public RelayConfig withListen(InetSocketAddress l) {
        return new RelayConfig(identity, profile, l, publicHost, roster, maxClients, rateLimit, maxPayload,
                requireClientSignature, timings, keepAliveInterval, reconnectInterval, maintenanceInterval, maxPresences, clock);
    }

    public RelayConfig withPublicHost(String hostPort) {
        return new RelayConfig(identity, profile, listen, Optional.of(hostPort), roster, maxClients, rateLimit,
                maxPayload, requireClientSignature, timings, keepAliveInterval, reconnectInterval, maintenanceInterval,
                maxPresences, clock);
    }

    public RelayConfig withRoster(Roster r) {
        return new RelayConfig(identity, profile, listen, publicHost, r, maxClients, rateLimit, maxPayload,
                requireClientSignature, timings, keepAliveInterval, reconnectInterval, maintenanceInterval, maxPresences, clock);
    }

    public RelayConfig withMaxClients(int n) {
        return new RelayConfig(identity, profile, listen, publicHost, roster, n, rateLimit, maxPayload,
                requireClientSignature, timings, keepAliveInterval, reconnectInterval, maintenanceInterval, maxPresences, clock);
    }

    public RelayConfig withRateLimit(RateLimit r) {
        return new RelayConfig(identity, profile, listen, publicHost, roster, maxClients, r, maxPayload,
                requireClientSignature, timings, keepAliveInterval, reconnectInterval, maintenanceInterval, maxPresences, clock);
    }

    public RelayConfig withMaxPayload(int n) {
        return new RelayConfig(identity, profile, listen, publicHost, roster, maxClients, rateLimit, n,
                requireClientSignature, timings, keepAliveInterval, reconnectInterval, maintenanceInterval, maxPresences, clock);
    }

    public RelayConfig withRequireClientSignature(boolean b) {
        return new RelayConfig(identity, profile, listen, publicHost, roster, maxClients, rateLimit, maxPayload, b,
                timings, keepAliveInterval, reconnectInterval, maintenanceInterval, maxPresences, clock);
    }

    /** Connection clocks plus the relay's own intervals (keep-alive, reconnect, maintenance). */
    public RelayConfig withTimings(S2Timings t, Duration keepAlive, Duration reconnect, Duration maintenance) {
        return new RelayConfig(identity, profile, listen, publicHost, roster, maxClients, rateLimit, maxPayload,
                requireClientSignature, t, keepAlive, reconnect, maintenance, maxPresences, clock);
    }

    public RelayConfig withClock(InstantSource c) {
        return new RelayConfig(identity, profile, listen, publicHost, roster, maxClients, rateLimit, maxPayload,
                requireClientSignature, timings, keepAliveInterval, reconnectInterval, maintenanceInterval, maxPresences, c);
    }
}
