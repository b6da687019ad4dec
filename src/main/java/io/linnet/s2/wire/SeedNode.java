package io.linnet.s2.wire;

import io.linnet.ixian.address.Address;
import java.util.Objects;
import java.util.Optional;

/**
 * A bootstrap node: host name and port, and the wallet address the node must prove in its handshake
 * when one is pinned.
 */
public record SeedNode(String host, int port, Optional<Address> address) {
    public SeedNode {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        if (host.isBlank()) {
            throw new IllegalArgumentException("seed host must not be blank");
        }
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("seed port " + port);
        }
    }

    /** {@code host:port}. */
    public String hostPort() {
        return host + ":" + port;
    }
}
