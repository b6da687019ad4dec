package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.GetSectorNodes;
import io.linnet.s2.message.SectorNodes;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.presence.PresenceValidator;
import io.linnet.s2.sector.Sectors;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the relay a recipient can be reached through (spec §4.4): first the relays of its sector
 * ({@code getSectorNodes} to the client's own relays), then its presence ({@code getPresence2} to up to
 * two of those sector relays, connecting to them if needed). Answers are validated (signatures, times,
 * host names) and cached; an unanswered lookup ends as {@link Resolution.Status#NONE} after the lookup
 * timeout, and that negative answer is remembered for one more timeout so concurrent sends share it.
 * Owned by the engine thread; not thread-safe.
 */
final class Lookups {
    private static final Logger log = LoggerFactory.getLogger(Lookups.class);
    /** Relays asked at once for one presence. */
    static final int PRESENCE_FANOUT = 2;
    /** Own relays asked at once for one sector. */
    static final int SECTOR_FANOUT = 2;

    private static final class Query {
        final Instant deadline;
        final Set<String> askedOn = new HashSet<>();
        boolean done;
        boolean found;

        Query(Instant deadline) {
            this.deadline = deadline;
        }
    }

    private final ClientTimings timings;
    private final RelaySlots slots;
    private final HomeRelays home;
    private final RelayDirectory directory;
    private final PresenceValidator validator;
    private final NetworkClock clock;
    private final ExpiringCache<Address, List<RelayEndpoint>> sectors;
    private final ExpiringCache<Address, Located> presences;
    private final Map<Address, Query> sectorQueries = new HashMap<>();
    private final Map<ByteBuffer, Address> sectorPrefixes = new HashMap<>();
    private final Map<Address, Query> presenceQueries = new HashMap<>();

    Lookups(ClientTimings timings, RelaySlots slots, HomeRelays home, RelayDirectory directory,
            PresenceValidator validator, NetworkClock clock) {
        this.timings = timings;
        this.slots = slots;
        this.home = home;
        this.directory = directory;
        this.validator = validator;
        this.clock = clock;
        this.sectors = new ExpiringCache<>(timings.sectorCacheTtl());
        this.presences = new ExpiringCache<>(timings.presenceCacheTtl());
    }

    /** The sector relays of {@code who}: cached, or a lookup is started (or still running). */
    Resolution<List<RelayEndpoint>> sector(Address who, Instant now) {
        Optional<List<RelayEndpoint>> cached = sectors.get(who, now);
        if (cached.isPresent()) {
            return Resolution.found(cached.get());
        }
        Query q = sectorQueries.get(who);
        if (q == null || q.found) {
            startSector(who, now);
            return Resolution.pending();
        }
        return q.done ? Resolution.none() : Resolution.pending();
    }

    /** Asks again for {@code who}'s sector even if it is cached (the client's own sector refresh). */
    void refreshSector(Address who, Instant now) {
        Query q = sectorQueries.get(who);
        if (q == null || q.done) {
            startSector(who, now);
        }
    }

    private void startSector(Address who, Instant now) {
        sectorQueries.put(who, new Query(now.plus(timings.lookupTimeout())));
        sectorPrefixes.put(ByteBuffer.wrap(Sectors.prefix(who)), who);
        pump(now);
    }

    /** The relay {@code who}'s presence names: cached, or a lookup is started (or still running). */
    Resolution<RelayEndpoint> presence(Address who, List<RelayEndpoint> sector, Instant now) {
        Optional<RelayEndpoint> cached = presences.get(who, now).map(Located::relay);
        if (cached.isPresent()) {
            return Resolution.found(cached.get());
        }
        Query q = presenceQueries.get(who);
        if (q == null || q.found) {
            presenceQueries.put(who, new Query(now.plus(timings.lookupTimeout())));
            askPresence(who, sector, now);
            return Resolution.pending();
        }
        if (!q.done) {
            askPresence(who, sector, now);
        }
        return q.done ? Resolution.none() : Resolution.pending();
    }

    /** Forgets a presence that turned out to be stale (its relay refused or could not be reached). */
    void forgetPresence(Address who) {
        presences.remove(who);
        Query q = presenceQueries.get(who);
        if (q != null && q.done) {
            presenceQueries.remove(who);
        }
    }

    private void askPresence(Address who, List<RelayEndpoint> sector, Instant now) {
        Query q = presenceQueries.get(who);
        int asking = 0;
        for (String hp : q.askedOn) {
            if (slots.isUp(hp)) {
                asking++;
            }
        }
        for (RelayEndpoint r : sector) {
            if (asking >= PRESENCE_FANOUT) {
                return;
            }
            if (q.askedOn.contains(r.hostPort())) {
                continue;
            }
            Optional<RelayLink> link = slots.use(r.hostPort(), now);
            if (link.isPresent()) {
                link.get().send(new GetPresence2(who));
                q.askedOn.add(r.hostPort());
                asking++;
            }
        }
        // not enough of its sector relays connected: open connections to the first ones not yet tried
        for (RelayEndpoint r : sector) {
            if (asking >= PRESENCE_FANOUT) {
                return;
            }
            RelaySlots.Slot s = slots.slot(r);
            if (s.state == RelaySlots.State.CONNECTING) {
                asking++;
            } else if (s.state == RelaySlots.State.IDLE && slots.connect(s, now)) {
                s.lastUsed = now;
                asking++;
            }
        }
    }

    /** Sends pending sector questions on the client's own relays; called whenever links come up. */
    void pump(Instant now) {
        List<RelayLink> own = home.upHomeLinks(slots);
        for (Map.Entry<Address, Query> e : sectorQueries.entrySet()) {
            Query q = e.getValue();
            if (q.done) {
                continue;
            }
            long live = q.askedOn.stream().filter(slots::isUp).count();
            for (RelayLink l : own) {
                if (live >= SECTOR_FANOUT) {
                    break;
                }
                if (q.askedOn.add(l.endpoint().hostPort())) {
                    l.send(GetSectorNodes.forAddress(e.getKey(), Sectors.CLIENT_COUNT));
                    live++;
                }
            }
        }
    }

    /** Takes in a {@code sectorNodes} answer: its valid relays join the directory. */
    void onSectorNodes(SectorNodes answer, Instant now) {
        long networkNow = clock.nowSeconds();
        int added = 0;
        for (Presence p : answer.presences()) {
            Optional<Presence> ok = validator.validate(p, networkNow).accepted();
            if (ok.isPresent() && directory.add(ok.get(), now)) {
                added++;
            }
        }
        Address who = sectorPrefixes.get(ByteBuffer.wrap(answer.prefix()));
        if (who == null) {
            return;
        }
        Query q = sectorQueries.get(who);
        List<RelayEndpoint> sector = directory.sectorOf(who, Sectors.CLIENT_COUNT, now);
        log.debug("sector of {}: {} relays ({} valid in the answer)", who, sector.size(), added);
        if (!sector.isEmpty()) {
            sectors.put(who, sector, now);
            if (q != null) {
                q.done = true;
                q.found = true;
            }
        }
    }

    /** Takes in an {@code updatePresence}; returns true if it answered a running presence lookup. */
    boolean onPresence(Presence presence, Instant now) {
        Query q = presenceQueries.get(presence.wallet());
        if (q == null || q.done) {
            return false;
        }
        Optional<Presence> ok = validator.validate(presence, clock.nowSeconds()).accepted();
        Optional<Located> located = ok.flatMap(Lookups::locate);
        if (located.isEmpty()) {
            log.debug("presence of {} unusable (invalid or without a client entry)", presence.wallet());
            return false;
        }
        presences.put(presence.wallet(), located.get(), now);
        q.done = true;
        q.found = true;
        return true;
    }

    /**
     * Where a presence places its owner: the relay named by the newest client entry (if its host name is
     * "ip:port") and when that entry was signed (network time, Unix seconds).
     */
    record Located(RelayEndpoint relay, long lastSeen) {}

    static Optional<Located> locate(Presence p) {
        return p.addresses().stream().filter(a -> a.type() == NodeType.CLIENT)
                .max(Comparator.comparingLong(PresenceAddress::lastSeen))
                .flatMap(a -> RelayEndpoint.parse(a.hostName(), Optional.empty()).map(r -> new Located(r, a.lastSeen())));
    }

    /** When the cached presence of {@code who} was signed (network time, Unix seconds), if one is cached. */
    Optional<Long> lastSeen(Address who, Instant now) {
        return presences.get(who, now).map(Located::lastSeen);
    }

    /**
     * Ends lookups whose time ran out. An unanswered sector question falls back to the relays already
     * known, as the client can compute any sector from them; with none known it ends empty.
     */
    void expire(Instant now) {
        for (Map.Entry<Address, Query> e : sectorQueries.entrySet()) {
            Query q = e.getValue();
            if (!q.done && !now.isBefore(q.deadline)) {
                q.done = true;
                List<RelayEndpoint> known = directory.sectorOf(e.getKey(), Sectors.CLIENT_COUNT, now);
                if (!known.isEmpty()) {
                    sectors.put(e.getKey(), known, now);
                } else {
                    log.debug("no answer about the sector of {}", e.getKey());
                }
            }
        }
        presenceQueries.values().forEach(q -> q.done |= !now.isBefore(q.deadline));
        Instant forget = now.minus(timings.lookupTimeout());
        sectorQueries.entrySet().removeIf(e -> e.getValue().done && e.getValue().deadline.isBefore(forget));
        sectorPrefixes.values().removeIf(who -> !sectorQueries.containsKey(who));
        presenceQueries.values().removeIf(q -> q.done && q.deadline.isBefore(forget));
        sectors.prune(now);
        presences.prune(now);
    }
}
