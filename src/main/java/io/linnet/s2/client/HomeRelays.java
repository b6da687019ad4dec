package io.linnet.s2.client;

import io.linnet.s2.presence.NodeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relays the client wants to stay connected to, and its primary among them.
 *
 * <p>Until its own sector is known these are the seeds. Afterwards they are the relays of its sector,
 * in sector order: the client keeps {@code want} of them connected, trying them in that order and
 * skipping those whose backoff has not run out, which is how it fails over when relays go away. The
 * seeds then only serve as a last resort while no sector relay is connected; otherwise a seed outside
 * the sector is let go like any idle connection (as C# clients drop non-sector nodes).
 *
 * <p>The primary relay (the one its presence names) must be a relay ('R'); it stays the same while its
 * connection lives, and when it is lost the first connected relay in the order above takes over, or
 * else any connected relay. Owned by the engine thread.
 */
final class HomeRelays {
    private final List<RelayEndpoint> seeds;
    private final int want;
    private List<RelayEndpoint> sector = List.of();
    private Optional<RelayLink> primary = Optional.empty();

    HomeRelays(List<RelayEndpoint> seeds, int want) {
        this.seeds = List.copyOf(seeds);
        this.want = want;
    }

    /** Sets the relays of the client's own sector (sector order); an empty list keeps the previous one. */
    void sector(List<RelayEndpoint> ownSector) {
        if (!ownSector.isEmpty()) {
            sector = List.copyOf(ownSector);
        }
    }

    boolean sectorKnown() {
        return !sector.isEmpty();
    }

    /** Sector relays first, then seeds, without duplicates: the order in which relays are preferred. */
    List<RelayEndpoint> targets() {
        Map<String, RelayEndpoint> m = new LinkedHashMap<>();
        sector.forEach(e -> m.putIfAbsent(e.hostPort(), e));
        seeds.forEach(e -> m.putIfAbsent(e.hostPort(), e));
        return new ArrayList<>(m.values());
    }

    /** The relays that must not be closed as idle: the sector, plus the seeds while no sector relay is up. */
    List<RelayEndpoint> keep(RelaySlots slots) {
        return sector.stream().anyMatch(e -> slots.isUp(e.hostPort())) ? sector : targets();
    }

    /** Starts connections until {@code want} relays are up or connecting, in order, honouring backoff. */
    void maintain(RelaySlots slots, Instant now) {
        if (sector.isEmpty()) {
            fill(seeds, Math.min(want, seeds.size()), slots, now);
            return;
        }
        int active = fill(sector, Math.min(want, sector.size()), slots, now);
        if (active == 0) {
            fill(seeds, 1, slots, now);
        }
    }

    /** Connects the first idle, due candidates until {@code count} are active; returns how many are. */
    private static int fill(List<RelayEndpoint> candidates, int count, RelaySlots slots, Instant now) {
        int active = (int) candidates.stream().filter(e -> slots.isActive(e.hostPort())).count();
        for (RelayEndpoint e : candidates) {
            if (active >= count) {
                break;
            }
            if (slots.connect(slots.slot(e), now)) {
                active++;
            }
        }
        return active;
    }

    /**
     * Keeps the primary while its link is up, else picks the first up relay in order, else any up
     * relay. Returns true if the primary changed.
     */
    boolean elect(RelaySlots slots) {
        if (primary.isPresent() && isCurrent(primary.get(), slots)) {
            return false;
        }
        Optional<RelayLink> next = Optional.empty();
        for (RelayEndpoint t : targets()) {
            next = slots.find(t.hostPort()).filter(s -> s.state == RelaySlots.State.UP).map(s -> s.link)
                    .filter(l -> l.peerType() == NodeType.RELAY);
            if (next.isPresent()) {
                break;
            }
        }
        if (next.isEmpty()) {
            next = slots.upLinks().stream().filter(l -> l.peerType() == NodeType.RELAY).findFirst();
        }
        boolean changed = !next.equals(primary);
        primary = next;
        return changed;
    }

    private static boolean isCurrent(RelayLink link, RelaySlots slots) {
        return slots.find(link.endpoint().hostPort()).map(s -> s.state == RelaySlots.State.UP && s.link == link)
                .orElse(false);
    }

    Optional<RelayLink> primary() {
        return primary;
    }

    /** Up links among the targets, primary first: where sector questions go. */
    List<RelayLink> upHomeLinks(RelaySlots slots) {
        List<RelayLink> out = new ArrayList<>();
        primary.ifPresent(out::add);
        for (RelayEndpoint t : targets()) {
            slots.find(t.hostPort()).filter(s -> s.state == RelaySlots.State.UP && !out.contains(s.link))
                    .ifPresent(s -> out.add(s.link));
        }
        return out;
    }
}
