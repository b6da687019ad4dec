package io.linnet.s2.presence;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How to reach a wallet (Presence v1): its address, its public key and one {@link PresenceAddress}
 * per device. This is the payload of {@code updatePresence} and each element of {@code sectorNodes}.
 *
 * <p>Layout: {@code vi version(1) ‖ bytes wallet ‖ bytes publicKey ‖ bytes metadata ‖ vu n ‖
 * n × bytes presenceAddress ‖ bytes legacyPow}. The legacy PoW is the PoW of the first master ('M')
 * entry that has one; a reader hands it to the first master entry without one and ignores anything after
 * it. Ixian-Core sends presences in chunks of ten devices but writes every chunk after the first without
 * its entries, so {@link #encodeChunk()} refuses presences with more than ten devices.
 */
public record Presence(Address wallet, byte[] publicKey, byte[] metadata, List<PresenceAddress> addresses) {
    public static final int VERSION = 1;
    /** Largest encoded presence a reader accepts. */
    public static final int MAX_BYTES = 102_400;
    /** Devices per {@code updatePresence} chunk. */
    public static final int MAX_ADDRESSES_PER_CHUNK = 10;

    public Presence {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(publicKey, "publicKey");
        wallet = wallet.withoutPublicKey();
        publicKey = publicKey.clone();
        metadata = metadata == null || metadata.length == 0 ? null : metadata.clone();
        addresses = List.copyOf(addresses);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] metadata() {
        return metadata == null ? null : metadata.clone();
    }

    /** The same wallet and key with other device entries. */
    public Presence withAddresses(List<PresenceAddress> entries) {
        return new Presence(wallet, publicKey, metadata, entries);
    }

    /** The full form (all devices), as used inside {@code sectorNodes}. */
    public byte[] encode() {
        IxiWriter w = new IxiWriter(publicKey.length + 200 * (addresses.size() + 1))
                .varInt(VERSION)
                .ixiBytes(wallet.noChecksum())
                .ixiBytes(publicKey)
                .ixiBytes(metadata)
                .varUInt(addresses.size());
        byte[] legacyPow = null;
        for (PresenceAddress a : addresses) {
            w.ixiBytes(a.encode());
            if (legacyPow == null && a.type() == NodeType.MASTER) {
                legacyPow = a.powSolution();
            }
        }
        w.ixiBytes(legacyPow);
        if (w.size() > MAX_BYTES) {
            throw new IllegalStateException("presence encodes to " + w.size() + " bytes, above " + MAX_BYTES);
        }
        return w.toByteArray();
    }

    /**
     * The {@code updatePresence} payload. Identical to {@link #encode()}, but refuses presences with more
     * than {@value #MAX_ADDRESSES_PER_CHUNK} devices, which Ixian-Core could only send as broken chunks.
     */
    public byte[] encodeChunk() {
        if (addresses.size() > MAX_ADDRESSES_PER_CHUNK) {
            throw new IllegalStateException("a presence chunk holds at most " + MAX_ADDRESSES_PER_CHUNK
                    + " devices, this one has " + addresses.size());
        }
        return encode();
    }

    /** Reads a presence; empty device entries are skipped and bytes after the legacy PoW are ignored. */
    public static Presence decode(byte[] bytes) throws ProtocolException {
        if (bytes.length > MAX_BYTES) {
            throw new ProtocolException("presence of " + bytes.length + " bytes exceeds " + MAX_BYTES);
        }
        if (bytes.length > 0 && bytes[0] == 0) {
            throw new ProtocolException("legacy presence v0 is not supported", 0);
        }
        IxiReader r = new IxiReader(bytes);
        long version = r.varInt("presence version");
        if (version != VERSION) {
            throw new ProtocolException("presence version " + version + " is not supported (only v1)", 0);
        }
        int walletAt = r.position();
        byte[] walletBytes = r.ixiBytes(48, "wallet");
        if (walletBytes == null) {
            throw new ProtocolException("presence without wallet address", walletAt);
        }
        Address wallet = Address.fromBytes(walletBytes);
        int keyAt = r.position();
        byte[] key = r.ixiBytes(MAX_BYTES, "public key");
        if (key == null) {
            throw new ProtocolException("presence without public key", keyAt);
        }
        byte[] metadata = r.ixiBytes(MAX_BYTES, "metadata");
        int count = r.varUIntAtMost(r.remaining(), "device count");
        List<PresenceAddress> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = r.position();
            byte[] entry = r.ixiBytes(PresenceAddress.MAX_BYTES, "presence address");
            if (entry != null) {
                try {
                    entries.add(PresenceAddress.decode(entry));
                } catch (ProtocolException e) {
                    throw new ProtocolException("device " + i + ": " + e.getMessage(), at, e);
                }
            }
        }
        if (r.hasRemaining()) {
            int powAt = r.position();
            long powLen = r.varUInt("legacy PoW length");
            int master = firstMasterWithoutPow(entries);
            if (powLen > 0 && master >= 0) {
                if (powLen > r.remaining()) {
                    throw new ProtocolException("legacy PoW length " + powLen + " exceeds the bytes left", powAt);
                }
                entries.set(master, entries.get(master).withPowSolution(r.bytes((int) powLen, "legacy PoW")));
            }
        }
        return new Presence(wallet, key, metadata, entries);
    }

    private static int firstMasterWithoutPow(List<PresenceAddress> entries) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).type() == NodeType.MASTER && entries.get(i).powSolution() == null) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Presence p && wallet.equals(p.wallet) && Arrays.equals(publicKey, p.publicKey)
                && Arrays.equals(metadata, p.metadata) && addresses.equals(p.addresses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wallet, Arrays.hashCode(publicKey), addresses);
    }

    @Override
    public String toString() {
        return "Presence[" + wallet + ", key " + publicKey.length + " bytes, " + addresses + "]";
    }
}
