package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.KeepAlivePresence;
import io.linnet.s2.message.S2Data;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.message.SectorNodes;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.presence.PresenceValidator;
import io.linnet.s2.sector.Sectors;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's brain: one object that owns all network state and is driven by events (connections up
 * and down, messages, sends, periodic ticks). Every method must be called on one thread, the engine
 * thread; {@link S2Client} makes sure of that. Time comes only from the configured clock, so tests can
 * drive it with a fake clock and fake connections, without sockets or threads.
 */
final class ClientEngine implements LinkEvents {
    private static final Logger log = LoggerFactory.getLogger(ClientEngine.class);

    private final S2ClientConfig config;
    private final NetworkClock clock;
    private final RelaySlots slots;
    private final HomeRelays home;
    private final RelayDirectory directory;
    private final Lookups lookups;
    private final Deliveries deliveries;
    private final PresenceProbes probes;
    private final PresencePublisher publisher;
    private final InboundHandler inbound;
    private final ListenerHub hub;
    private boolean running;
    private boolean forcePublish = true;
    private Instant ownSectorAskedAt = Instant.MIN;
    private volatile ClientState state = ClientState.stopped();

    ClientEngine(S2ClientConfig config, RelayConnector connector, ListenerHub hub, RandomGenerator random) {
        this.config = config;
        this.hub = hub;
        ClientTimings t = config.timings();
        this.clock = new NetworkClock(config.clock());
        this.slots = new RelaySlots(connector, t, random);
        this.slots.events(this);
        this.home = new HomeRelays(config.seeds().stream().map(RelayEndpoint::of).toList(), config.homeRelays());
        RelayDirectory directory = new RelayDirectory(t.sectorRefresh().multipliedBy(3));
        PresenceValidator validator = new PresenceValidator(config.profile(), SignatureVerifier.rsa());
        this.lookups = new Lookups(t, slots, home, directory, validator, clock);
        this.deliveries = new Deliveries(t, slots, home, lookups, hub::complete);
        this.probes = new PresenceProbes(lookups, t.lookupTimeout(), hub::complete);
        this.publisher = new PresencePublisher(config.identity(), config.profile(), config.productVersion(),
                t.keepAliveInterval());
        this.inbound = new InboundHandler(config.identity().address(), hub);
        this.directory = directory;
    }

    /** Lets {@link S2Client} post connector events to the engine thread instead of calling in directly. */
    void events(LinkEvents posting) {
        slots.events(posting);
    }

    void start() {
        running = true;
        tick();
    }

    /** Housekeeping: timeouts, reconnects, sector refresh, presence refresh, idle connections. */
    void tick() {
        if (!running) {
            return;
        }
        Instant now = config.clock().instant();
        lookups.expire(now);
        home.sector(directory.sectorOf(config.identity().address(), Sectors.CLIENT_COUNT, now));
        Duration ownEvery = home.sectorKnown() ? config.timings().sectorRefresh() : config.timings().lookupTimeout();
        if (!now.isBefore(ownSectorAskedAt.plus(ownEvery)) && !slots.upLinks().isEmpty()) {
            ownSectorAskedAt = now;
            lookups.refreshSector(config.identity().address(), now);
        }
        Set<String> keep = new HashSet<>(deliveries.relaysInUse());
        home.keep(slots).forEach(e -> keep.add(e.hostPort()));
        slots.closeIdle(now, keep).forEach(clock::remove);
        home.maintain(slots, now);
        publishIfDue(now);
        lookups.pump(now);
        deliveries.advanceAll(now);
        probes.advanceAll(now);
        updateState();
    }

    private void publishIfDue(Instant now) {
        if (home.elect(slots)) {
            forcePublish = true;
            log.info("primary relay: {}", home.primary().map(l -> l.endpoint().hostPort()).orElse("none"));
        }
        Optional<RelayLink> primary = home.primary();
        if (primary.isEmpty()) {
            return;
        }
        boolean forced = forcePublish;
        Optional<PresencePublisher.Signed> signed =
                publisher.refresh(primary.get().publicHostPort(), clock.nowSeconds(), now, forced);
        if (signed.isEmpty()) {
            return;
        }
        forcePublish = false;
        S2Message m = forced ? new UpdatePresence(signed.get().presence()) : new KeepAlivePresence(signed.get().keepAlive());
        for (RelayLink l : slots.upLinks()) {
            l.send(m);
        }
        log.debug("presence published via {} to {} relays", signed.get().keepAlive().hostName(), slots.upLinks().size());
    }

    void send(StreamMessage message, CompletableFuture<DeliveryResult> future) {
        Optional<String> refusal = refusal(message);
        if (refusal.isPresent()) {
            hub.complete(future, DeliveryResult.failed(refusal.get()));
            return;
        }
        deliveries.submit(message, future, config.clock().instant());
    }

    /** Looks up {@code who}'s presence afresh; answers when its newest client entry was signed, or empty. */
    void lookupPresence(Address who, CompletableFuture<Optional<Instant>> future) {
        if (!running) {
            hub.complete(future, Optional.empty());
            return;
        }
        probes.submit(who, future, config.clock().instant());
    }

    /**
     * Why a message cannot be sent at all. Relays drop error messages from clients without a word (so
     * "accepted" would be a lie), and cut off a connection whose message names another sender.
     */
    private Optional<String> refusal(StreamMessage m) {
        if (!running) {
            return Optional.of("client is not running");
        }
        if (m.recipient() == null) {
            return Optional.of("message has no recipient");
        }
        if (m.sender() == null || !m.sender().withoutPublicKey().equals(config.identity().address())) {
            return Optional.of("message sender must be this client's address");
        }
        if (m.type() == StreamMessageCode.ERROR) {
            return Optional.of("error messages are reserved for relays");
        }
        return Optional.empty();
    }

    @Override
    public void linkUp(RelayLink link) {
        Instant now = config.clock().instant();
        if (!running) {
            link.close();
            return;
        }
        if (!slots.up(link, now)) {
            return;
        }
        log.info("connected to relay {} ({})", link.endpoint().hostPort(), link.relayAddress());
        clock.put(link.endpoint().hostPort(), link.timeOffsetSeconds());
        publisher.current().ifPresent(s -> link.send(new UpdatePresence(s.presence())));
        tick();
    }

    @Override
    public void connectFailed(RelayEndpoint endpoint, String reason) {
        Instant now = config.clock().instant();
        if (slots.failed(endpoint, now).isPresent()) {
            log.debug("could not connect to relay {}: {}", endpoint, reason);
            deliveries.onRelayLost(endpoint.hostPort(), now);
            tick();
        }
    }

    @Override
    public void linkDown(RelayLink link, String reason) {
        Instant now = config.clock().instant();
        if (slots.down(link, now).isEmpty()) {
            return;
        }
        log.info("lost relay {}: {}", link.endpoint().hostPort(), reason);
        clock.remove(link.endpoint().hostPort());
        deliveries.onRelayLost(link.endpoint().hostPort(), now);
        tick();
    }

    @Override
    public void message(RelayLink link, S2Message message) {
        if (!running) {
            return;
        }
        Instant now = config.clock().instant();
        String relay = link.endpoint().hostPort();
        switch (message) {
            case S2Data d -> inbound.onS2Data(d, relay)
                    .ifPresent(error -> deliveries.onRelayError(error, relay, now));
            case SectorNodes s -> {
                lookups.onSectorNodes(s, now);
                deliveries.advanceAll(now);
                probes.advanceAll(now);
            }
            case UpdatePresence u -> {
                if (lookups.onPresence(u.presence(), now)) {
                    deliveries.advanceAll(now);
                    probes.advanceAll(now);
                }
            }
            case GetPresence2 g when g.address().equals(config.identity().address()) ->
                    publisher.current().ifPresent(s -> link.send(new UpdatePresence(s.presence())));
            case Bye b -> log.info("relay {} says bye: {} {}", relay, b.reasonCode(), b.message());
            default -> log.trace("ignoring {} from {}", message.code(), relay);
        }
    }

    /** Stops everything: pending sends fail, connections close. */
    void close() {
        if (!running) {
            return;
        }
        running = false;
        deliveries.failAll(() -> "client closed");
        probes.failAll();
        slots.closeAll();
        updateState();
    }

    ClientState state() {
        return state;
    }

    /** Network time as this client estimates it; safe to read from any thread. */
    NetworkClock networkClock() {
        return clock;
    }

    private void updateState() {
        List<String> connected = slots.upLinks().stream().map(l -> l.endpoint().hostPort()).sorted().toList();
        ClientState next = new ClientState(running, connected, home.targets().stream().map(RelayEndpoint::hostPort).toList(),
                running ? publisher.current().map(s -> s.keepAlive().hostName()) : Optional.empty(),
                clock.offsetSeconds(), publisher.current().map(s -> s.keepAlive().timestamp()));
        ClientState previous = state;
        state = next;
        if (!next.equals(previous)) {
            hub.fire(l -> l.onConnectionStateChanged(next));
        }
    }
}
