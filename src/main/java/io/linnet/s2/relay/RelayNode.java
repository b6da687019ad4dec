package io.linnet.s2.relay;

import io.linnet.ixian.address.Address;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.ByeReason;
import io.linnet.s2.net.ConnectionOptions;
import io.linnet.s2.net.HandshakeSettings;
import io.linnet.s2.net.IoLoops;
import io.linnet.s2.net.PeerConnection;
import io.linnet.s2.net.ServerHandshake;
import io.linnet.s2.net.WireTolerance;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.wire.FrameEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Linnet S2 relay for the local network without a DLT (spec §7): accepts clients and peer relays,
 * verifies their hellos, keeps their presences, answers sector lookups from the roster, and forwards
 * {@code s2data} one hop to directly connected recipients.
 *
 * <p>Threads: one virtual thread accepts, one runs maintenance (presence expiry, re-signing and sending
 * this relay's presence every {@link RelayConfig#keepAliveInterval()}), one per roster peer keeps a
 * link, and the relay's own {@link IoLoops} (one selector thread per processor) read,
 * forward and write for every connection (see {@link PeerConnection}); handshakes run on a virtual
 * thread per connection. A misbehaving connection is ended alone; nothing it does blocks another. {@link #start()} and {@link #stop()} may each be
 * called once; a stopped relay is restarted by creating a new one with the same config.
 */
public final class RelayNode implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RelayNode.class);

    private final RelayConfig config;
    private final Set<PeerConnection> inbound = ConcurrentHashMap.newKeySet();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private ServerSocketChannel server;
    private IoLoops loops;
    private RelayContext ctx;
    private RosterLinks links;
    private volatile Presence own;
    private Thread acceptor;
    private Thread maintenance;
    private volatile boolean started;

    public RelayNode(RelayConfig config) {
        this.config = config;
    }

    /** Binds the listen address, puts this relay's presence in place, and starts accepting and linking. */
    public synchronized void start() throws IOException {
        if (started) {
            throw new IllegalStateException("a relay starts once");
        }
        server = ServerSocketChannel.open();
        server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        server.bind(config.listen(), 200);
        started = true;
        loops = new IoLoops("relay-io-" + port(), IoLoops.defaultThreads());
        String host = config.publicHost().orElse(config.listen().getHostString() + ":" + port());
        ctx = new RelayContext(config, host);
        RelayDispatcher dispatcher = new RelayDispatcher(ctx);
        InboundHandler handler = new InboundHandler(ctx, dispatcher, inbound::remove);
        HandshakeSettings settings = new HandshakeSettings(config.identity(), config.profile(), host,
                portOf(host), SignatureVerifier.rsa(), connectionOptions());
        resign();
        links = new RosterLinks(config.roster().peersOf(host, address()), settings, config.reconnectInterval(),
                dispatcher, () -> own);
        FakeChain chain = new FakeChain(config.clock());
        acceptor = Thread.ofVirtual().name("relay-accept-" + port()).start(() -> acceptLoop(settings, chain, handler));
        maintenance = Thread.ofVirtual().name("relay-maintenance-" + port()).start(this::maintain);
        links.start();
        log.info("relay ready: address {} listening on {} port {} as {} (profile {}, {} roster peers)", address(),
                config.listen().getAddress().getHostAddress(), port(), host, config.profile().name(),
                config.roster().peersOf(host, address()).size());
    }

    private static int portOf(String hostPort) {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    private ConnectionOptions connectionOptions() {
        return ConnectionOptions.defaults().withTimings(config.timings()).withRateLimit(config.rateLimit())
                .withTolerance(WireTolerance.strict(config.maxPayload()))
                .withQueueLimits(ConnectionOptions.DEFAULT_MAX_QUEUED_FRAMES, 16L * 1024 * 1024 + config.maxPayload())
                .withClock(config.clock()).withLoops(loops);
    }

    private void acceptLoop(HandshakeSettings settings, FakeChain chain, InboundHandler handler) {
        while (stopping.getCount() > 0) {
            SocketChannel s;
            try {
                s = server.accept();
            } catch (IOException e) {
                if (stopping.getCount() > 0) {
                    log.warn("accept failed: {}", e.toString());
                }
                return;
            }
            if (ctx.stats().connections.get() >= config.maxClients()) {
                ctx.stats().refusedFull.increment();
                refuseFull(s);
                continue;
            }
            ctx.stats().connections.incrementAndGet();
            ctx.stats().accepted.increment();
            PeerConnection c = PeerConnection.accepted(s, settings.options(),
                    new ServerHandshake(settings, chain, 0, handler));
            inbound.add(c);
            c.start();
        }
    }

    /** Bye 605 straight on the socket, without time samples or handshake, then close. */
    private void refuseFull(SocketChannel s) {
        log.info("refusing {}: {} connections already", s.socket().getRemoteSocketAddress(), config.maxClients());
        byte[] bye = FrameEncoder.encode(new Bye(ByeReason.REJECTED, "Too many clients already connected.", "").toFrame());
        Thread.ofVirtual().name("relay-refuse").start(() -> {
            try (s; InputStream in = s.socket().getInputStream()) {
                s.socket().getOutputStream().write(bye);
                s.shutdownOutput();
                s.socket().setSoTimeout((int) config.timings().byeGrace().toMillis());
                while (in.read() >= 0) {
                    // wait for the peer to close, at most the bye grace
                }
            } catch (IOException e) {
                log.debug("refused connection ended: {}", e.toString());
            }
        });
    }

    private void maintain() {
        long lastSigned = System.nanoTime();
        try {
            while (!stopping.await(config.maintenanceInterval().toNanos(), TimeUnit.NANOSECONDS)) {
                if (ctx.store().expire(ctx.nowSeconds()) > 0) {
                    ctx.sectors().rebuild();
                }
                if (System.nanoTime() - lastSigned >= config.keepAliveInterval().toNanos()) {
                    resign();
                    links.broadcast(RelayPresence.keepAlive(own));
                    lastSigned = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("relay maintenance failed", e);
        }
    }

    private void resign() {
        own = RelayPresence.sign(config.identity(), config.profile(), ctx.publicHost(), ctx.nowSeconds());
        ctx.store().putOwn(own);
        ctx.sectors().rebuild();
    }

    /** Stops accepting, ends every connection and link, and waits for the relay's threads. Idempotent. */
    public synchronized void stop() {
        if (!started || stopping.getCount() == 0) {
            stopping.countDown();
            return;
        }
        stopping.countDown();
        try {
            server.close();
        } catch (IOException e) {
            log.debug("closing the listener: {}", e.toString());
        }
        try {
            acceptor.join(2000);
            maintenance.join(2000);
            links.stop();
            List<PeerConnection> open = List.copyOf(inbound);
            open.forEach(PeerConnection::close);
            for (PeerConnection c : open) {
                c.awaitClosed(Duration.ofSeconds(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            loops.close();
        }
        log.info("relay {} on port {} stopped", address(), port());
    }

    @Override
    public void close() {
        stop();
    }

    /** The bound port (after {@link #start()}). */
    public int port() {
        return server.socket().getLocalPort();
    }

    /** "host:port" this relay signs and announces. */
    public String publicHost() {
        return ctx.publicHost();
    }

    public Address address() {
        return config.identity().address();
    }

    public RelayConfig config() {
        return config;
    }

    public RelayStatsSnapshot stats() {
        return ctx.stats().snapshot(ctx.store().size(), ctx.sectors().size(), links.linked());
    }

    /** The relays this relay currently places in sectors (itself included). */
    public List<Address> relayIndex() {
        return ctx.sectors().members();
    }
}
