package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Presence lookups the application asks for ("is this contact online?"), beside the ones sends make: each
 * forgets the cached presence of the address and asks the relays of its sector afresh (sector, then
 * {@code getPresence2}, as a send does), then answers with when the newest client entry of the validated
 * presence was signed — or empty when none came back in time. Lookups of one address that overlap share
 * one answer. Owned by the engine thread; not thread-safe. Answers are handed to {@code complete}, which
 * must not run user code on the engine thread.
 */
final class PresenceProbes {
    private static final class Probe {
        final Instant deadline;
        final List<CompletableFuture<Optional<Instant>>> futures = new ArrayList<>();

        Probe(Instant deadline) {
            this.deadline = deadline;
        }
    }

    private final Lookups lookups;
    private final Duration timeout;
    private final BiConsumer<CompletableFuture<Optional<Instant>>, Optional<Instant>> complete;
    private final Map<Address, Probe> probes = new LinkedHashMap<>();

    /** @param lookupTimeout the client's lookup timeout; a probe (sector, then presence) gets three of them */
    PresenceProbes(Lookups lookups, Duration lookupTimeout,
            BiConsumer<CompletableFuture<Optional<Instant>>, Optional<Instant>> complete) {
        this.lookups = lookups;
        this.timeout = lookupTimeout.multipliedBy(3);
        this.complete = complete;
    }

    /** Starts (or joins) a fresh lookup of {@code who}'s presence. */
    void submit(Address who, CompletableFuture<Optional<Instant>> future, Instant now) {
        Address key = who.withoutPublicKey();
        Probe p = probes.get(key);
        if (p == null) {
            lookups.forgetPresence(key);
            p = new Probe(now.plus(timeout));
            probes.put(key, p);
        }
        p.futures.add(future);
        advance(key, p, now);
    }

    /** Moves every probe on as far as the answers received allow. */
    void advanceAll(Instant now) {
        for (Map.Entry<Address, Probe> e : List.copyOf(probes.entrySet())) {
            advance(e.getKey(), e.getValue(), now);
        }
    }

    private void advance(Address who, Probe p, Instant now) {
        Resolution<List<RelayEndpoint>> sector = lookups.sector(who, now);
        if (sector.status() != Resolution.Status.PENDING) {
            Resolution<RelayEndpoint> presence = sector.value().map(s -> lookups.presence(who, s, now))
                    .orElse(Resolution.none());
            switch (presence.status()) {
                case FOUND -> {
                    finish(who, lookups.lastSeen(who, now).map(Instant::ofEpochSecond));
                    return;
                }
                case NONE -> {
                    finish(who, Optional.empty());
                    return;
                }
                case PENDING -> { }
            }
        }
        if (!now.isBefore(p.deadline)) {
            finish(who, Optional.empty());
        }
    }

    /** Answers every probe with "not found" (the client is closing). */
    void failAll() {
        for (Address who : List.copyOf(probes.keySet())) {
            finish(who, Optional.empty());
        }
    }

    private void finish(Address who, Optional<Instant> seen) {
        Probe p = probes.remove(who);
        if (p != null) {
            p.futures.forEach(f -> complete.accept(f, seen));
        }
    }
}
