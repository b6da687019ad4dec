package io.linnet.s2.relay;

import io.linnet.ixian.address.Address;
import io.linnet.s2.net.S2Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The relay's established inbound sessions by the address each peer proved in its hello: where
 * {@code s2data} for that address goes. One address may have several sessions (devices, reconnects);
 * the oldest open one wins, as in Ixian. Thread-safe.
 */
final class ClientSessions {
    private final Map<Address, List<S2Session>> byAddress = new ConcurrentHashMap<>();

    void add(S2Session s) {
        byAddress.computeIfAbsent(s.peerAddress(), a -> new CopyOnWriteArrayList<>()).add(s);
    }

    void remove(S2Session s) {
        byAddress.computeIfPresent(s.peerAddress(), (a, list) -> {
            list.remove(s);
            return list.isEmpty() ? null : list;
        });
    }

    /** The oldest open session of {@code address}. */
    Optional<S2Session> first(Address address) {
        List<S2Session> list = byAddress.get(address.withoutPublicKey());
        if (list != null) {
            for (S2Session s : list) { // a plain loop: this runs for every forwarded message
                if (s.isOpen()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    List<S2Session> all() {
        return byAddress.values().stream().flatMap(List::stream).toList();
    }
}
