package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.message.S2Message;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded S2 client every Linnet app runs: it connects to its seed relays, learns the relays of
 * its own sector, keeps a few of them connected, publishes its signed presence there (naming its
 * primary relay) and refreshes it; it finds other clients through their sector and presence and hands
 * them StreamMessages through the relay their presence names; it passes received StreamMessages to its
 * listeners. It reconnects with exponential backoff and jitter, fails over between relays and re-publishes
 * its presence when its primary relay changes.
 *
 * <p>Threads: one engine thread ("s2client-engine-…") owns all state and never blocks; one event thread
 * ("s2client-events-…") runs listener callbacks and completes send results; the connection layer runs
 * its own reader and writer threads. No public method blocks except {@link #close()}, which waits (a
 * few seconds at most) for all of these threads to end and so must not be called on a UI thread.
 * Public methods are thread-safe. Nothing here depends on JavaFX.
 */
public final class S2Client implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(S2Client.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final S2ClientConfig config;
    private final RelayConnector connector;
    private final ScheduledExecutorService engineThread;
    private final ExecutorService eventThread;
    private final ListenerHub hub;
    private final ClientEngine engine;
    private final Object lifecycle = new Object();
    private boolean started;
    private boolean closed;

    /** A client over the real connection layer; call {@link #start()} to go online. */
    public S2Client(S2ClientConfig config) {
        this(config, PeerConnector::new);
    }

    S2Client(S2ClientConfig config, Function<S2ClientConfig, RelayConnector> connectors) {
        this.config = Objects.requireNonNull(config, "config");
        String tag = HexFormat.of().formatHex(config.identity().address().noChecksum(), 1, 5);
        this.engineThread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("s2client-engine-" + tag).daemon().factory());
        this.eventThread = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("s2client-events-" + tag).daemon().factory());
        this.hub = new ListenerHub(eventThread);
        this.connector = connectors.apply(config);
        this.engine = new ClientEngine(config, connector, hub, new SplittableRandom());
        this.engine.events(new PostingEvents());
    }

    /** Goes online: connects to the seeds in the background and returns at once. Only once per client. */
    public void start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("client was closed");
            }
            if (started) {
                return;
            }
            started = true;
        }
        log.info("S2 client {} starting with {} seed(s)", config.identity().address(), config.seeds().size());
        engineThread.execute(engine::start);
        long tick = config.timings().tick().toMillis();
        engineThread.scheduleWithFixedDelay(engine::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    /**
     * Sends a StreamMessage to its recipient; returns at once. The stage completes on the client's event
     * thread with what became of it (see {@link DeliveryResult}); it never completes exceptionally. The
     * message is sent as it is (encrypt and sign it before), and its id identifies it: a second send of
     * the same id while the first is still under way shares the first one's result. Its sender must be
     * this client's address and its type must not be {@code error} (relays would cut the connection off
     * or silently drop it); such messages, and messages without a recipient, fail at once.
     */
    public CompletionStage<DeliveryResult> send(StreamMessage message) {
        Objects.requireNonNull(message, "message");
        CompletableFuture<DeliveryResult> f = new CompletableFuture<>();
        if (!post(() -> engine.send(message, f))) {
            f.complete(DeliveryResult.failed("client is closed"));
        }
        return f.minimalCompletionStage();
    }

    /**
     * Looks up {@code who}'s presence afresh at the relays of its sector (not from the cache sends use);
     * returns at once. The stage completes on the client's event thread with when the newest client entry
     * of the validated presence was signed (network time, whole seconds) — a client re-signs it every
     * {@link ClientTimings#keepAliveInterval()} or so while it is connected, so its age tells whether the
     * owner is still online — or empty when no valid presence came back within a few lookup timeouts, or the
     * client is not running. It never completes exceptionally.
     */
    public CompletionStage<Optional<Instant>> lookupPresence(Address who) {
        Objects.requireNonNull(who, "who");
        CompletableFuture<Optional<Instant>> f = new CompletableFuture<>();
        if (!post(() -> engine.lookupPresence(who, f))) {
            f.complete(Optional.empty());
        }
        return f.minimalCompletionStage();
    }

    /** Registers a listener; see {@link S2ClientListener} for the thread its calls come on. */
    public void addListener(S2ClientListener listener) {
        hub.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(S2ClientListener listener) {
        hub.remove(listener);
    }

    /** The latest state snapshot (cheap, never blocks). */
    public ClientState state() {
        return engine.state();
    }

    /**
     * Network time as this client estimates it from its relays' time samples (local time until the
     * first relay is connected). Use it for StreamMessage timestamps. Safe from any thread.
     */
    public InstantSource networkTime() {
        return engine.networkClock();
    }

    public S2ClientConfig config() {
        return config;
    }

    /**
     * Goes offline: pending sends complete as failed, connections close, and every thread of this
     * client has ended when this returns (or after a few seconds at worst). Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            engineThread.submit(engine::close).get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            log.warn("S2 client engine did not close cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connector.close();
        stop(engineThread);
        stop(eventThread);
        log.info("S2 client {} closed", config.identity().address());
    }

    private static void stop(ExecutorService s) {
        s.shutdown();
        try {
            if (!s.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                s.shutdownNow();
            }
        } catch (InterruptedException e) {
            s.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private boolean post(Runnable r) {
        try {
            engineThread.execute(r);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Connector callbacks arrive on connection threads; this moves them onto the engine thread. */
    private final class PostingEvents implements LinkEvents {
        @Override
        public void linkUp(RelayLink link) {
            if (!post(() -> engine.linkUp(link))) {
                link.close();
            }
        }

        @Override
        public void connectFailed(RelayEndpoint endpoint, String reason) {
            post(() -> engine.connectFailed(endpoint, reason));
        }

        @Override
        public void message(RelayLink link, S2Message message) {
            post(() -> engine.message(link, message));
        }

        @Override
        public void linkDown(RelayLink link, String reason) {
            post(() -> engine.linkDown(link, reason));
        }
    }
}
