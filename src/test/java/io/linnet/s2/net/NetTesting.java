package io.linnet.s2.net;

import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.NetworkProfile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Short timings, fast test keys and condition waits for the network tests. */
public final class NetTesting {
    private NetTesting() {}

    /** Handshake and silence 800 ms, ping after 100 ms, connect 2 s, bye grace 200 ms. */
    public static final S2Timings FAST = new S2Timings(Duration.ofMillis(800), Duration.ofMillis(800),
            Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMillis(200));

    public static final Duration WAIT = Duration.ofSeconds(5);

    /** An RSA-2048 key (key size does not matter to these tests; 2048 keeps them fast). */
    public static RsaPrivateKey key() {
        return Rsa.generate(2048, 1);
    }

    public static NodeIdentity client(RsaPrivateKey key) {
        return NodeIdentity.of(key, NodeType.CLIENT, "linnet-test", new byte[] {7, 7, 7, 7});
    }

    public static NodeIdentity relay(RsaPrivateKey key) {
        return NodeIdentity.of(key, NodeType.RELAY, "jrelay-test", NodeIdentity.RELAY_DEVICE_ID);
    }

    public static ConnectionOptions fastOptions() {
        return ConnectionOptions.defaults().withTimings(FAST);
    }

    public static HandshakeSettings settings(NodeIdentity id, String host, int port) {
        return new HandshakeSettings(id, NetworkProfile.local(), host, port, SignatureVerifier.rsa(), fastOptions());
    }

    /** A blocking listener on 127.0.0.1 and a free port, accepting channels for {@link PeerConnection}. */
    public static ServerSocketChannel listen() throws IOException {
        return ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    }

    /** The port {@code server} listens on. */
    public static int port(ServerSocketChannel server) throws IOException {
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    /** Polls {@code condition} until true; fails after {@code timeout}. */
    public static void waitFor(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
