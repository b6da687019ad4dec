package io.linnet.s2.sector;

import io.linnet.ixian.address.Address;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable set of relays and the sectors they form: the pure core of answering
 * {@code getSectorNodes}. Every node built from the same relays (and randomizer) answers alike.
 */
public final class RelayIndex {
    private final Map<ByteBuffer, Address> byKey;

    private RelayIndex(Map<ByteBuffer, Address> byKey) {
        this.byKey = byKey;
    }

    /** The index of today's network: keys without randomizer. */
    public static RelayIndex of(Collection<Address> relays) {
        return of(relays, new byte[0]);
    }

    public static RelayIndex of(Collection<Address> relays, byte[] randomizer) {
        Map<ByteBuffer, Address> m = new HashMap<>();
        for (Address a : relays) {
            m.put(ByteBuffer.wrap(Sectors.relayKey(a, randomizer)), a.withoutPublicKey());
        }
        return new RelayIndex(Map.copyOf(m));
    }

    public int size() {
        return byKey.size();
    }

    /** The at most {@code k} relays of the sector around {@code prefix}, ascending by key. */
    public List<Address> sectorNodes(byte[] prefix, int k) {
        List<byte[]> keys = new ArrayList<>(byKey.size());
        byKey.keySet().forEach(b -> keys.add(b.array()));
        return RelaySelection.closest(keys, prefix, k).stream().map(key -> byKey.get(ByteBuffer.wrap(key))).toList();
    }

    /** The sector of a wallet or relay address. */
    public List<Address> sectorOf(Address address, int k) {
        return sectorNodes(Sectors.prefix(address), k);
    }
}
