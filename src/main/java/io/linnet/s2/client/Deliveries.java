package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.message.RelayError;
import io.linnet.s2.message.S2Data;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sends in flight, each walking: find a route (sector, then presence) → connect to the relay the
 * presence names (or reuse the connection) → write the {@code s2data} → wait briefly for the relay's
 * error reply. A route taken from the cache that turns out stale (the relay refuses or cannot be
 * reached) is looked up afresh once. With no presence found, the message is offered to the client's
 * primary relay, which either forwards it (the recipient may be connected there) or answers with its
 * error. Owned by the engine thread; not thread-safe. Results are handed to {@code complete}, which
 * must not run user code on the engine thread.
 */
final class Deliveries {
    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private enum Stage { RESOLVING, CONNECTING, WRITTEN }

    /**
     * A send is one message id to one recipient: a group message goes to every member under the same id,
     * and each copy is a send of its own.
     */
    private record Key(Address to, ByteBuffer id) {
        static Key of(Address to, byte[] id) {
            return new Key(to, ByteBuffer.wrap(id));
        }
    }

    private static final class Pending {
        final S2Data data;
        final Address to;
        final Instant deadline;
        final List<CompletableFuture<DeliveryResult>> futures = new ArrayList<>();
        Stage stage = Stage.RESOLVING;
        RelayEndpoint route;
        boolean fromCache;
        boolean fallback;
        boolean rerouted;
        boolean waitedForPresence;
        Instant errorDeadline;

        Pending(S2Data data, Address to, Instant deadline) {
            this.data = data;
            this.to = to;
            this.deadline = deadline;
        }
    }

    private final ClientTimings timings;
    private final RelaySlots slots;
    private final HomeRelays home;
    private final Lookups lookups;
    private final BiConsumer<CompletableFuture<DeliveryResult>, DeliveryResult> complete;
    private final Map<Key, Pending> pending = new LinkedHashMap<>();

    Deliveries(ClientTimings timings, RelaySlots slots, HomeRelays home, Lookups lookups,
            BiConsumer<CompletableFuture<DeliveryResult>, DeliveryResult> complete) {
        this.timings = timings;
        this.slots = slots;
        this.home = home;
        this.lookups = lookups;
        this.complete = complete;
    }

    /**
     * Starts sending {@code message}; a second send of the same id to the same recipient while the first runs
     * shares its result.
     */
    void submit(StreamMessage message, CompletableFuture<DeliveryResult> future, Instant now) {
        Key id = Key.of(message.recipient(), message.id().toByteArray());
        Pending p = pending.get(id);
        if (p == null) {
            p = new Pending(S2Data.of(message), message.recipient(), now.plus(timings.sendTimeout()));
            pending.put(id, p);
        }
        p.futures.add(future);
        advance(id, p, now);
    }

    /** Moves every send on as far as it can go now. */
    void advanceAll(Instant now) {
        for (Map.Entry<Key, Pending> e : List.copyOf(pending.entrySet())) {
            if (pending.get(e.getKey()) == e.getValue()) {
                advance(e.getKey(), e.getValue(), now);
            }
        }
    }

    private void advance(Key id, Pending p, Instant now) {
        if (p.stage == Stage.WRITTEN) {
            if (!now.isBefore(p.errorDeadline)) {
                finish(id, DeliveryResult.accepted(p.route.hostPort()));
            }
            return;
        }
        if (!now.isBefore(p.deadline)) {
            finish(id, DeliveryResult.failed(Optional.ofNullable(p.route).map(RelayEndpoint::hostPort),
                    "timed out in stage " + p.stage.name().toLowerCase()));
            return;
        }
        if (p.stage == Stage.RESOLVING && !resolve(id, p, now)) {
            return;
        }
        Optional<RelayLink> link = slots.use(p.route.hostPort(), now);
        if (link.isEmpty()) {
            RelaySlots.Slot s = slots.slot(p.route);
            s.lastUsed = now;
            slots.connect(s, now);
            if (s.state == RelaySlots.State.IDLE) {
                unroutable(id, p, now, "relay " + p.route.hostPort() + " is in reconnect backoff");
            }
            return;
        }
        if (!link.get().send(p.data)) {
            unroutable(id, p, now, "connection to " + p.route.hostPort() + " closed");
            return;
        }
        p.stage = Stage.WRITTEN;
        p.errorDeadline = now.plus(timings.relayErrorWait());
        log.debug("s2data to {} written to {}", p.to, p.route.hostPort());
    }

    /** Finds the route; true once {@code p.route} is set and the send may connect. */
    private boolean resolve(Key id, Pending p, Instant now) {
        Resolution<List<RelayEndpoint>> sector = lookups.sector(p.to, now);
        if (sector.status() == Resolution.Status.PENDING) {
            return false;
        }
        Resolution<RelayEndpoint> presence = sector.value().map(s -> lookups.presence(p.to, s, now))
                .orElse(Resolution.none());
        switch (presence.status()) {
            case PENDING -> {
                p.waitedForPresence = true;
                return false;
            }
            case FOUND -> {
                p.route = presence.value().get();
                p.fromCache = !p.waitedForPresence && !p.rerouted;
                p.fallback = false;
            }
            case NONE -> {
                Optional<RelayLink> primary = home.primary();
                if (primary.isEmpty()) {
                    finish(id, DeliveryResult.failed("no presence found for " + p.to + " and no relay connected"));
                    return false;
                }
                p.route = primary.get().endpoint();
                p.fallback = true;
                p.fromCache = false;
            }
        }
        p.stage = Stage.CONNECTING;
        return true;
    }

    /** The chosen relay cannot be used: look up once more if the route was cached, else fail. */
    private void unroutable(Key id, Pending p, Instant now, String why) {
        if (p.fromCache && !p.rerouted) {
            log.debug("cached route of {} unusable ({}), looking up again", p.to, why);
            lookups.forgetPresence(p.to);
            p.rerouted = true;
            p.fromCache = false;
            p.waitedForPresence = false;
            p.stage = Stage.RESOLVING;
            advance(id, p, now);
        } else {
            finish(id, DeliveryResult.failed(Optional.of(p.route.hostPort()), why));
        }
    }

    /** A relay's error reply; returns true if it matched a send waiting for it. */
    boolean onRelayError(RelayError error, String relay, Instant now) {
        // the error names the recipient it could not reach; without one, any send of that id through the relay
        Key id = error.unreachable().map(to -> Key.of(to, error.failedMessageId())).orElseGet(() -> pending.keySet().stream()
                .filter(k -> k.id().equals(ByteBuffer.wrap(error.failedMessageId())))
                .filter(k -> pending.get(k).route != null && pending.get(k).route.hostPort().equals(relay))
                .findFirst().orElse(null));
        Pending p = id == null ? null : pending.get(id);
        if (p == null || p.stage != Stage.WRITTEN || !p.route.hostPort().equals(relay)) {
            return false;
        }
        if (p.fromCache && !p.rerouted) {
            p.stage = Stage.CONNECTING;
            unroutable(id, p, now, relay + " does not have the recipient");
        } else {
            if (!p.fallback) {
                lookups.forgetPresence(p.to);
            }
            finish(id, DeliveryResult.unreachable(relay));
        }
        return true;
    }

    /** A connection went down or could not be made: sends that depended on it move on or fail. */
    void onRelayLost(String hostPort, Instant now) {
        for (Map.Entry<Key, Pending> e : List.copyOf(pending.entrySet())) {
            Pending p = e.getValue();
            if (p.route == null || !p.route.hostPort().equals(hostPort) || pending.get(e.getKey()) != p) {
                continue;
            }
            if (p.stage == Stage.WRITTEN) {
                finish(e.getKey(), DeliveryResult.failed(Optional.of(hostPort),
                        "connection to " + hostPort + " lost before the relay could refuse or not"));
            } else if (p.stage == Stage.CONNECTING) {
                unroutable(e.getKey(), p, now, "could not connect to " + hostPort);
            }
        }
    }

    /** Fails everything still pending (the client is closing). */
    void failAll(Supplier<String> why) {
        for (Key id : List.copyOf(pending.keySet())) {
            finish(id, DeliveryResult.failed(why.get()));
        }
    }

    /** Relays a send is waiting on, which must not be closed as idle. */
    List<String> relaysInUse() {
        return pending.values().stream().filter(p -> p.route != null).map(p -> p.route.hostPort()).toList();
    }

    int size() {
        return pending.size();
    }

    private void finish(Key id, DeliveryResult result) {
        Pending p = pending.remove(id);
        if (p != null) {
            log.debug("send to {}: {} ({})", p.to, result.outcome(), result.detail());
            p.futures.forEach(f -> complete.accept(f, result));
        }
    }
}
