package io.linnet.s2.relay;

import io.linnet.ixian.address.Address;
import io.linnet.s2.net.NodeIdentity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * A single relay inside the current process, on loopback only: for the desktop app on the local
 * profile when no relay is reachable, and for tests. Production settings, no roster peers.
 */
public final class EmbeddedRelay implements AutoCloseable {
    private final RelayNode node;

    private EmbeddedRelay(RelayNode node) {
        this.node = node;
    }

    /** Starts on 127.0.0.1 with a free port, with the identity kept in {@code dataDir} (created if needed). */
    public static EmbeddedRelay start(Path dataDir) throws IOException {
        return start(RelayIdentityStore.loadOrCreate(dataDir), 0);
    }

    /** Starts on 127.0.0.1:{@code port} (0 = any free port) as {@code identity}. */
    public static EmbeddedRelay start(NodeIdentity identity, int port) throws IOException {
        return start(RelayConfig.defaults(identity, new InetSocketAddress("127.0.0.1", port)));
    }

    /** Starts with a full config; its listen address must be a loopback address. */
    public static EmbeddedRelay start(RelayConfig config) throws IOException {
        if (!config.listen().getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("an embedded relay listens on loopback only, not " + config.listen());
        }
        RelayNode node = new RelayNode(config);
        node.start();
        return new EmbeddedRelay(node);
    }

    public int port() {
        return node.port();
    }

    /** "127.0.0.1:port": what clients dial and what the relay signs. */
    public String hostPort() {
        return node.publicHost();
    }

    public Address address() {
        return node.address();
    }

    public RelayNode node() {
        return node;
    }

    @Override
    public void close() {
        node.stop();
    }
}
