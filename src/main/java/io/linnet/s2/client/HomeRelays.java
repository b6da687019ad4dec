package io.linnet.s2.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relays the client wants to stay connected to, and its primary among them. Until its own sector
 * is known these are the seeds; afterwards the relays of its sector in sector order, with the seeds
 * behind them as a last resort. The client keeps {@code want} of them connected, trying them in that
 * order and skipping those whose backoff has not run out, which is how it fails over when relays go
 * away. The primary relay (the one its presence names) stays the same while its connection lives;
 * when it is lost the first connected relay in order takes over. Owned by the engine thread.
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

    /** Sector relays first, then seeds, without duplicates. */
    List<RelayEndpoint> targets() {
        Map<String, RelayEndpoint> m = new LinkedHashMap<>();
        sector.forEach(e -> m.putIfAbsent(e.hostPort(), e));
        seeds.forEach(e -> m.putIfAbsent(e.hostPort(), e));
        return new ArrayList<>(m.values());
    }

    /** Starts connections until {@code want} targets are up or connecting, in order, honouring backoff. */
    void maintain(RelaySlots slots, Instant now) {
        int active = 0;
        List<RelayEndpoint> targets = targets();
        for (RelayEndpoint t : targets) {
            if (slots.isActive(t.hostPort())) {
                active++;
            }
        }
        for (RelayEndpoint t : targets) {
            if (active >= want) {
                return;
            }
            if (slots.connect(slots.slot(t), now)) {
                active++;
            }
        }
    }

    /**
     * Keeps the primary while its link is up, else picks the first up target, else any up link.
     * Returns true if the primary changed.
     */
    boolean elect(RelaySlots slots) {
        if (primary.isPresent() && slots.isUp(primary.get().endpoint().hostPort())
                && slots.find(primary.get().endpoint().hostPort()).map(s -> s.link == primary.get()).orElse(false)) {
            return false;
        }
        Optional<RelayLink> next = Optional.empty();
        for (RelayEndpoint t : targets()) {
            Optional<RelayLink> l = slots.find(t.hostPort()).filter(s -> s.state == RelaySlots.State.UP).map(s -> s.link);
            if (l.isPresent()) {
                next = l;
                break;
            }
        }
        if (next.isEmpty()) {
            next = slots.upLinks().stream().findFirst();
        }
        boolean changed = !next.equals(primary);
        primary = next;
        return changed;
    }

    Optional<RelayLink> primary() {
        return primary;
    }

    /** Up links among the targets, primary first. */
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
