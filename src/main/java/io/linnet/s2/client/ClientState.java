package io.linnet.s2.client;

import java.util.List;
import java.util.Optional;

/**
 * A snapshot of the client's network state.
 *
 * @param running              between {@code start()} and {@code close()}
 * @param connectedRelays      "host:port" of every relay with a completed handshake, sorted
 * @param homeRelays           the relays of the client's own sector it tries to stay connected to, in
 *                             sector order (the seeds until its sector is known)
 * @param primaryRelay         "host:port" its presence currently names, if it has published one
 * @param networkOffsetSeconds local time minus network time, in seconds
 * @param presenceTimestamp    network time (unix seconds) of the last presence it signed, if any
 */
public record ClientState(boolean running, List<String> connectedRelays, List<String> homeRelays,
        Optional<String> primaryRelay, long networkOffsetSeconds, Optional<Long> presenceTimestamp) {

    public ClientState {
        connectedRelays = List.copyOf(connectedRelays);
        homeRelays = List.copyOf(homeRelays);
    }

    static ClientState stopped() {
        return new ClientState(false, List.of(), List.of(), Optional.empty(), 0, Optional.empty());
    }
}
