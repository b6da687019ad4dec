package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.sector.RelayIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relays the client has learnt from {@code sectorNodes} answers: address and "ip:port". Like the C#
 * clients (spec §4.2), sectors are recomputed from every relay known, with the same selection walk the
 * relays use, so several answers merge naturally. A relay not seen in any answer for {@code ttl} is
 * forgotten. Owned by the engine thread; not thread-safe.
 */
final class RelayDirectory {
    private record Known(RelayEndpoint endpoint, Instant seen) {}

    private final Duration ttl;
    private final Map<Address, Known> relays = new HashMap<>();

    RelayDirectory(Duration ttl) {
        this.ttl = ttl;
    }

    /**
     * Records a relay presence that passed validation; entries not of type 'R' or without an "ip:port"
     * host name are ignored. Returns whether the relay was usable.
     */
    boolean add(Presence relay, Instant now) {
        for (PresenceAddress entry : relay.addresses()) {
            if (entry.type() != NodeType.RELAY) {
                continue;
            }
            Optional<RelayEndpoint> ep = RelayEndpoint.parse(entry.hostName(), Optional.of(relay.wallet()));
            if (ep.isPresent()) {
                relays.put(relay.wallet(), new Known(ep.get(), now));
                return true;
            }
        }
        return false;
    }

    /** The at most {@code k} known relays of {@code who}'s sector, in sector order, pinned to their addresses. */
    List<RelayEndpoint> sectorOf(Address who, int k, Instant now) {
        prune(now);
        if (relays.isEmpty()) {
            return List.of();
        }
        return RelayIndex.of(relays.keySet()).sectorOf(who, k).stream().map(a -> relays.get(a).endpoint()).toList();
    }

    boolean isEmpty() {
        return relays.isEmpty();
    }

    int size() {
        return relays.size();
    }

    private void prune(Instant now) {
        relays.values().removeIf(k -> !now.isBefore(k.seen().plus(ttl)));
    }
}
