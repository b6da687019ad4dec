package io.linnet.s2.client;

import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.S2Timings;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.relay.RelayConfig;
import io.linnet.s2.relay.RelayNode;
import io.linnet.s2.relay.Roster;
import io.linnet.s2.wire.SeedNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * A local S2 network for client tests: relays on one roster at 127.0.0.1 (ephemeral ports), short
 * clocks, and clients that may only ever dial loopback. Closing it closes every client and relay.
 */
final class LocalNet implements AutoCloseable {
    /** Lenient enough for a loaded two-core machine, short enough for fast tests. */
    static final S2Timings CONNECTION = new S2Timings(Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(200));
    static final ClientTimings CLIENT_TIMINGS = ClientTimings.defaults().withConnection(CONNECTION)
            .withLookupTimeout(Duration.ofSeconds(2)).withRelayErrorWait(Duration.ofMillis(500))
            .withSendTimeout(Duration.ofSeconds(10)).withTick(Duration.ofMillis(50))
            .withBackoff(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 2.0, 0.2));

    private final RelayConfig[] configs;
    private final RelayNode[] relays;
    private final List<S2Client> clients = new CopyOnWriteArrayList<>();

    private LocalNet(RelayConfig[] configs) {
        this.configs = configs;
        this.relays = new RelayNode[configs.length];
    }

    /** {@code n} relays on one roster, all started. */
    static LocalNet start(int n) throws IOException {
        return start(n, InstantSource.system());
    }

    /**
     * {@code n} relays on one roster whose clock (the network time they give clients) is {@code relayClock}.
     * The roster names the ports before the relays bind them, so another process may take one in between:
     * then the relays started are stopped and it is tried again on other ports.
     */
    static LocalNet start(int n, InstantSource relayClock) throws IOException {
        List<RsaPrivateKey> keys = IntStream.range(0, n).parallel().mapToObj(i -> Rsa.generate(2048, 1)).toList();
        for (int attempt = 1; ; attempt++) {
            LocalNet net = configure(keys, relayClock);
            try {
                for (int i = 0; i < n; i++) {
                    net.startRelay(i);
                }
            } catch (UncheckedIOException e) {
                net.close();
                if (!(e.getCause() instanceof java.net.BindException) || attempt == 3) {
                    throw e;
                }
                continue;
            }
            if (n > 1) {
                Await.until(Duration.ofSeconds(15), () -> java.util.Arrays.stream(net.relays)
                        .allMatch(r -> r.relayIndex().size() == n), "relays to know each other");
            }
            return net;
        }
    }

    private static LocalNet configure(List<RsaPrivateKey> keys, InstantSource relayClock) throws IOException {
        int n = keys.size();
        int[] ports = new int[n];
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ports[i] = freePort();
            lines.add("127.0.0.1:" + ports[i] + " " + identity(keys.get(i)).address());
        }
        Roster roster = n > 1 ? Roster.parse(lines, "test roster") : Roster.empty();
        RelayConfig[] configs = new RelayConfig[n];
        for (int i = 0; i < n; i++) {
            configs[i] = RelayConfig.defaults(identity(keys.get(i)), new InetSocketAddress("127.0.0.1", ports[i]))
                    .withRoster(roster)
                    .withTimings(CONNECTION, Duration.ofSeconds(200), Duration.ofMillis(200), Duration.ofMillis(250))
                    .withClock(relayClock);
        }
        return new LocalNet(configs);
    }

    private static NodeIdentity identity(RsaPrivateKey key) {
        return NodeIdentity.of(key, NodeType.RELAY, "jrelay-test", NodeIdentity.RELAY_DEVICE_ID);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    void startRelay(int i) {
        try {
            RelayNode r = new RelayNode(configs[i]);
            r.start();
            relays[i] = r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stopRelay(int i) {
        relays[i].stop();
    }

    RelayNode relay(int i) {
        return relays[i];
    }

    String hostPort(int i) {
        return "127.0.0.1:" + configs[i].listen().getPort();
    }

    SeedNode seed(int i) {
        return new SeedNode("127.0.0.1", configs[i].listen().getPort(),
                Optional.of(configs[i].identity().address()));
    }

    /** A started client with the given seeds and home-relay count, on the test clocks. */
    S2Client client(ClientIdentity id, List<SeedNode> seeds, int homeRelays) {
        S2ClientConfig config = new S2ClientConfig(configs[0].profile(), id, seeds, CLIENT_TIMINGS,
                InstantSource.system(), "linnet-test", homeRelays);
        S2Client c = new S2Client(config, cfg -> new LoopbackOnly(new PeerConnector(cfg)));
        clients.add(c);
        c.start();
        return c;
    }

    @Override
    public void close() {
        clients.forEach(S2Client::close);
        for (RelayNode r : relays) {
            if (r != null) {
                r.stop();
            }
        }
    }

    /** Refuses (and records as a test failure) any attempt to dial outside 127.0.0.0/8. */
    static final class LoopbackOnly implements RelayConnector {
        static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();
        private final RelayConnector inner;

        LoopbackOnly(RelayConnector inner) {
            this.inner = inner;
        }

        @Override
        public void connect(RelayEndpoint endpoint, LinkEvents events) {
            if (!endpoint.host().startsWith("127.")) {
                VIOLATIONS.add(endpoint.hostPort());
                events.connectFailed(endpoint, "tests dial loopback only");
                return;
            }
            inner.connect(endpoint, events);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
