package io.linnet.s2.relay;

import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.net.NetTesting;
import io.linnet.s2.net.S2Timings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** Relay settings for tests: loopback only, short clocks. */
final class RelayTesting {
    private RelayTesting() {}

    /** Handshake 1 s, silence 1.5 s, ping after 300 ms, connect 2 s, bye grace 200 ms. */
    static final S2Timings TIMINGS = new S2Timings(Duration.ofSeconds(1), Duration.ofMillis(1500),
            Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofMillis(200));

    static RelayConfig config(RsaPrivateKey key, int port) {
        return RelayConfig.defaults(NetTesting.relay(key), new InetSocketAddress("127.0.0.1", port))
                .withTimings(TIMINGS, Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofMillis(100));
    }

    static RelayNode start(RelayConfig config) throws IOException {
        RelayNode node = new RelayNode(config);
        node.start();
        return node;
    }

    /** A port that was free a moment ago (for rosters, which need ports before the relays start). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
