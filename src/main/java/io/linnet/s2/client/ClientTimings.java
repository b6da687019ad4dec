package io.linnet.s2.client;

import io.linnet.s2.net.S2Timings;
import java.time.Duration;
import java.util.Objects;

/**
 * Every timer of the S2 client in one value. {@link #defaults()} are the production values (taken from
 * the network spec where it names one); tests build shorter ones with the {@code with…} methods.
 *
 * @param keepAliveInterval   how often the client re-signs and re-sends its presence (spec §3.6: 100 s;
 *                            must stay well below the 300 s presence expiry)
 * @param sectorRefresh       how often the client asks again for its own sector's relays (§6.3: ~300 s)
 * @param sectorCacheTtl      how long a recipient's sector relays are reused before asking again (§4.4: 150 s)
 * @param presenceCacheTtl    how long a recipient's presence (its relay) is reused before asking again
 * @param lookupTimeout       how long to wait for a {@code sectorNodes} or {@code updatePresence} answer
 * @param connection          the clocks of each relay connection (connect timeout, handshake deadline,
 *                            pings, silence timeout; spec §1.4)
 * @param relayErrorWait      after writing an {@code s2data}, how long to wait for the relay's error reply
 *                            before reporting the message as accepted by the relay (relays send no positive
 *                            acknowledgement, only errors)
 * @param sendTimeout         how long one {@code send} may take in total before it fails
 * @param idleRouteConnection how long an on-demand connection to a recipient's relay is kept without use
 * @param tick                how often the client's housekeeping runs (reconnects, timeouts, refreshes)
 * @param backoff             the reconnect policy for relays that could not be reached or went away
 */
public record ClientTimings(Duration keepAliveInterval, Duration sectorRefresh, Duration sectorCacheTtl,
        Duration presenceCacheTtl, Duration lookupTimeout, S2Timings connection, Duration relayErrorWait,
        Duration sendTimeout, Duration idleRouteConnection, Duration tick, Backoff backoff) {

    public ClientTimings {
        positive(keepAliveInterval, "keepAliveInterval");
        positive(sectorRefresh, "sectorRefresh");
        positive(sectorCacheTtl, "sectorCacheTtl");
        positive(presenceCacheTtl, "presenceCacheTtl");
        positive(lookupTimeout, "lookupTimeout");
        Objects.requireNonNull(connection, "connection");
        positive(relayErrorWait, "relayErrorWait");
        positive(sendTimeout, "sendTimeout");
        positive(idleRouteConnection, "idleRouteConnection");
        positive(tick, "tick");
        Objects.requireNonNull(backoff, "backoff");
        if (keepAliveInterval.toSeconds() >= 300) {
            throw new IllegalArgumentException("keepAliveInterval must stay below the 300 s presence expiry");
        }
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }

    /** The production timers. */
    public static ClientTimings defaults() {
        return new ClientTimings(Duration.ofSeconds(100), Duration.ofSeconds(300), Duration.ofSeconds(150),
                Duration.ofSeconds(60), Duration.ofSeconds(5), S2Timings.production(), Duration.ofSeconds(3),
                Duration.ofSeconds(30), Duration.ofSeconds(120), Duration.ofMillis(500), Backoff.defaults());
    }

    public ClientTimings withKeepAliveInterval(Duration d) {
        return new ClientTimings(d, sectorRefresh, sectorCacheTtl, presenceCacheTtl, lookupTimeout, connection,
                relayErrorWait, sendTimeout, idleRouteConnection, tick, backoff);
    }

    public ClientTimings withSectorRefresh(Duration d) {
        return new ClientTimings(keepAliveInterval, d, sectorCacheTtl, presenceCacheTtl, lookupTimeout, connection,
                relayErrorWait, sendTimeout, idleRouteConnection, tick, backoff);
    }

    /** Both caches (sector and presence) at once. */
    public ClientTimings withCacheTtl(Duration sector, Duration presence) {
        return new ClientTimings(keepAliveInterval, sectorRefresh, sector, presence, lookupTimeout, connection,
                relayErrorWait, sendTimeout, idleRouteConnection, tick, backoff);
    }

    public ClientTimings withLookupTimeout(Duration d) {
        return new ClientTimings(keepAliveInterval, sectorRefresh, sectorCacheTtl, presenceCacheTtl, d, connection,
                relayErrorWait, sendTimeout, idleRouteConnection, tick, backoff);
    }

    public ClientTimings withConnection(S2Timings d) {
        return new ClientTimings(keepAliveInterval, sectorRefresh, sectorCacheTtl, presenceCacheTtl, lookupTimeout, d,
                relayErrorWait, sendTimeout, idleRouteConnection, tick, backoff);
    }

    public ClientTimings withRelayErrorWait(Duration d) {
        return new ClientTimings(keepAliveInterval, sectorRefresh, sectorCacheTtl, presenceCacheTtl, lookupTimeout,
                connection, d, sendTimeout, idleRouteConnection, tick, backoff);
    }

    public ClientTimings withSendTimeout(Duration d) {
        return new ClientTimings(keepAliveInterval, sectorRefresh, sectorCacheTtl, presenceCacheTtl, lookupTimeout,
                connection, relayErrorWait, d, idleRouteConnection, tick, backoff);
    }

    public ClientTimings withIdleRouteConnection(Duration d) {
        return new ClientTimings(keepAliveInterval, sectorRefresh, sectorCacheTtl, presenceCacheTtl, lookupTimeout,
                connection, relayErrorWait, sendTimeout, d, tick, backoff);
    }

    public ClientTimings withTick(Duration d) {
        return new ClientTimings(keepAliveInterval, sectorRefresh, sectorCacheTtl, presenceCacheTtl, lookupTimeout,
                connection, relayErrorWait, sendTimeout, idleRouteConnection, d, backoff);
    }

    public ClientTimings withBackoff(Backoff b) {
        return new ClientTimings(keepAliveInterval, sectorRefresh, sectorCacheTtl, presenceCacheTtl, lookupTimeout,
                connection, relayErrorWait, sendTimeout, idleRouteConnection, tick, b);
    }
}
