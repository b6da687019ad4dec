package io.linnet.s2.sector;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.Hashes;

/**
 * Starling sector keys. A wallet's sector prefix is the first ten bytes of SHA3-512 of its address
 * (without checksum); a relay's index key is SHA3-512 of {@code randomizer ‖ address}, where the
 * randomizer is empty on today's network. A sector is the relays whose keys lie nearest the prefix
 * ({@link RelaySelection}).
 */
public final class Sectors {
    public static final int PREFIX_LENGTH = 10;
    /** Relays a client asks for. */
    public static final int CLIENT_COUNT = 6;
    /** Relays a relay asks for about its own sector. */
    public static final int RELAY_COUNT = 8;
    /** Most relays a node hands out for one request. */
    public static final int MAX_COUNT = 20;

    private Sectors() {}

    /** The sector prefix of a wallet or relay address. */
    public static byte[] prefix(Address address) {
        return address.sectorPrefix();
    }

    /** A relay's index key with no randomizer: SHA3-512 of its address. */
    public static byte[] relayKey(Address relay) {
        return relayKey(relay, new byte[0]);
    }

    /** A relay's index key: SHA3-512({@code randomizer ‖ address}); a {@code null} randomizer counts as empty. */
    public static byte[] relayKey(Address relay, byte[] randomizer) {
        byte[] r = randomizer == null ? new byte[0] : randomizer;
        byte[] a = relay.noChecksum();
        byte[] in = new byte[r.length + a.length];
        System.arraycopy(r, 0, in, 0, r.length);
        System.arraycopy(a, 0, in, r.length, a.length);
        return Hashes.sha3_512(in);
    }
}
