package io.linnet.s2.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's bookkeeping of relay connections, one slot per "host:port": idle, connecting or up, its
 * reconnect backoff, and when it was last used for a lookup or a send. Starting a connection goes through
 * the {@link RelayConnector}; its answers come back as calls to {@link #up}, {@link #down} and
 * {@link #failed}. Owned by the engine thread; not thread-safe.
 */
final class RelaySlots {
    private static final Logger log = LoggerFactory.getLogger(RelaySlots.class);

    enum State { IDLE, CONNECTING, UP }

    static final class Slot {
        RelayEndpoint endpoint;
        State state = State.IDLE;
        RelayLink link;
        final RetryState retry;
        Instant lastUsed = Instant.MIN;

        Slot(RelayEndpoint endpoint, RetryState retry) {
            this.endpoint = endpoint;
            this.retry = retry;
        }

        String hostPort() {
            return endpoint.hostPort();
        }
    }

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final RelayConnector connector;
    private final ClientTimings timings;
    private final RandomGenerator random;
    private LinkEvents events;

    RelaySlots(RelayConnector connector, ClientTimings timings, RandomGenerator random) {
        this.connector = connector;
        this.timings = timings;
        this.random = random;
    }

    void events(LinkEvents e) {
        this.events = e;
    }

    /** The slot for {@code endpoint}, created idle if new; a pinned address replaces an unpinned one. */
    Slot slot(RelayEndpoint endpoint) {
        Slot s = slots.computeIfAbsent(endpoint.hostPort(), k -> new Slot(endpoint, new RetryState(timings.backoff(), random)));
        if (s.endpoint.expected().isEmpty() && endpoint.expected().isPresent() && s.state == State.IDLE) {
            s.endpoint = endpoint;
        }
        return s;
    }

    Optional<Slot> find(String hostPort) {
        return Optional.ofNullable(slots.get(hostPort));
    }

    /** Starts connecting if the slot is idle and its backoff allows; true if an attempt started. */
    boolean connect(Slot s, Instant now) {
        if (s.state != State.IDLE || !s.retry.due(now)) {
            return false;
        }
        s.state = State.CONNECTING;
        log.debug("connecting to relay {}", s.endpoint);
        connector.connect(s.endpoint, events);
        return true;
    }

    /** A handshake completed; false (and the link is closed) if nobody asked for it any more. */
    boolean up(RelayLink link, Instant now) {
        Slot s = slots.get(link.endpoint().hostPort());
        if (s == null || s.state != State.CONNECTING) {
            link.close();
            return false;
        }
        s.state = State.UP;
        s.link = link;
        s.lastUsed = now;
        s.retry.succeeded();
        return true;
    }

    /** The slot whose current link went down, now idle with its backoff started. */
    Optional<Slot> down(RelayLink link, Instant now) {
        Slot s = slots.get(link.endpoint().hostPort());
        if (s == null || s.link != link) {
            return Optional.empty();
        }
        s.state = State.IDLE;
        s.link = null;
        s.retry.failed(now);
        return Optional.of(s);
    }

    /** The slot whose attempt failed, now idle with its backoff advanced. */
    Optional<Slot> failed(RelayEndpoint endpoint, Instant now) {
        Slot s = slots.get(endpoint.hostPort());
        if (s == null || s.state != State.CONNECTING) {
            return Optional.empty();
        }
        s.state = State.IDLE;
        var wait = s.retry.failed(now);
        log.debug("relay {} unreachable ({} failures in a row), next try in {} ms", endpoint, s.retry.failures(),
                wait.toMillis());
        return Optional.of(s);
    }

    /** The up link to "host:port", marking it used. */
    Optional<RelayLink> use(String hostPort, Instant now) {
        Slot s = slots.get(hostPort);
        if (s == null || s.state != State.UP) {
            return Optional.empty();
        }
        s.lastUsed = now;
        return Optional.of(s.link);
    }

    boolean isUp(String hostPort) {
        Slot s = slots.get(hostPort);
        return s != null && s.state == State.UP;
    }

    boolean isActive(String hostPort) {
        Slot s = slots.get(hostPort);
        return s != null && s.state != State.IDLE;
    }

    List<RelayLink> upLinks() {
        List<RelayLink> out = new ArrayList<>();
        for (Slot s : slots.values()) {
            if (s.state == State.UP) {
                out.add(s.link);
            }
        }
        return out;
    }

    /** Closes up links that are neither in {@code keep} nor used within the idle time. */
    void closeIdle(Instant now, Set<String> keep) {
        for (Slot s : slots.values()) {
            if (s.state == State.UP && !keep.contains(s.hostPort())
                    && !now.isBefore(s.lastUsed.plus(timings.idleRouteConnection()))) {
                log.debug("closing idle connection to {}", s.endpoint);
                RelayLink l = s.link;
                s.state = State.IDLE;
                s.link = null;
                l.close();
            }
        }
    }

    /** Closes every link (the connector reports them down later; those reports are then ignored). */
    void closeAll() {
        for (Slot s : slots.values()) {
            if (s.link != null) {
                s.link.close();
            }
            s.link = null;
            s.state = State.IDLE;
        }
    }
}
