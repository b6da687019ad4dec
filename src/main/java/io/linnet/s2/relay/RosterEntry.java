package io.linnet.s2.relay;

import io.linnet.ixian.address.Address;
import java.util.Objects;
import java.util.Optional;

/**
 * One relay of the roster: where it listens ("host:port", exactly as it signs its presence and as
 * peers dial it) and, optionally, the address it must prove in the handshake.
 */
public record RosterEntry(String host, int port, Optional<Address> address) {
    public RosterEntry {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        if (host.isBlank() || host.contains(":") || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("bad roster host '" + host + "'");
        }
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("bad roster port " + port);
        }
        address = address.map(Address::withoutPublicKey);
    }

    /** "host:port", the relay's presence host name. */
    public String hostPort() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return hostPort() + address.map(a -> " " + a).orElse("");
    }
}
