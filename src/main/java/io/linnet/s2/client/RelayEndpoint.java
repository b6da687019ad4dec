package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import io.linnet.s2.wire.SeedNode;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a relay listens, and the wallet address it must prove in its {@code helloData} when known
 * (seeds with a pinned address, relays learnt from {@code sectorNodes}). Relays named by a contact's
 * presence are dialled without one, as presences carry only "ip:port".
 */
public record RelayEndpoint(String host, int port, Optional<Address> expected) {

    public RelayEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(expected, "expected");
        if (host.isBlank()) {
            throw new IllegalArgumentException("blank relay host");
        }
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("relay port " + port);
        }
        expected = expected.map(Address::withoutPublicKey);
    }

    public static RelayEndpoint of(SeedNode seed) {
        return new RelayEndpoint(seed.host(), seed.port(), seed.address());
    }

    /**
     * Parses "host:port" as found in a presence entry; empty for anything else (for example a Base58
     * relay address, which the network may use there one day).
     */
    public static Optional<RelayEndpoint> parse(String hostPort, Optional<Address> expected) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon != hostPort.indexOf(':') || colon == hostPort.length() - 1) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            if (port < 1 || port > 0xFFFF) {
                return Optional.empty();
            }
            return Optional.of(new RelayEndpoint(hostPort.substring(0, colon), port, expected));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code host:port}, the key under which the client tracks connections. */
    public String hostPort() {
        return host + ":" + port;
    }

    /** The same place without an expected address. */
    public RelayEndpoint unpinned() {
        return new RelayEndpoint(host, port, Optional.empty());
    }

    @Override
    public String toString() {
        return hostPort() + expected.map(a -> " (" + a + ")").orElse("");
    }
}
