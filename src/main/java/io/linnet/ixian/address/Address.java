package io.linnet.ixian.address;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Base58;
import io.linnet.ixian.crypto.Hashes;
import java.util.Arrays;
import java.util.Optional;

/**
 * An Ixian address: a version byte and a 32- (v0) or 44-byte (v1, v2) hash, optionally carrying the RSA
 * public key it was derived from.
 *
 * <p>Text form is Base58 of {@link #withChecksum()}; the 3-byte checksum is the start of SHA-512² of the
 * address for every version. Equality and hashing consider {@link #noChecksum()} only.
 */
public final class Address {
    /** Length of the address without checksum, by version (0, 1, 2). */
    private static final int[] LENGTHS = {33, 45, 45};
    public static final int CHECKSUM_LENGTH = 3;
    /** Length of a legacy public key without the 5-byte prefix (always version 0). */
    public static final int LEGACY_KEY_LENGTH = 523;
    public static final int MIN_KEY_LENGTH = 49;
    public static final int MAX_KEY_LENGTH = 1023;
    /** Longest nonce accepted for nonce-derived addresses (wallets use 16 bytes). */
    public static final int MAX_NONCE_LENGTH = 1024;

    private final byte[] noChecksum;
    private final byte[] publicKey;

    private Address(byte[] noChecksum, byte[] publicKey) {
        this.noChecksum = noChecksum;
        this.publicKey = publicKey;
    }

    /** Length of {@link #noChecksum()} for {@code version}, or -1 for an unknown version. */
    public static int lengthOf(int version) {
        return version >= 0 && version < LENGTHS.length ? LENGTHS[version] : -1;
    }

    /** Primary address of an Ixian RSA public key (the key's first byte selects the version). */
    public static Address fromPublicKey(byte[] publicKey) throws ProtocolException {
        int len = publicKey.length;
        if (len < MIN_KEY_LENGTH || len > MAX_KEY_LENGTH) {
            throw new ProtocolException("public key of " + len + " bytes; expected " + MIN_KEY_LENGTH + ".." + MAX_KEY_LENGTH);
        }
        int version = len == LEGACY_KEY_LENGTH ? 0 : publicKey[0] & 0xFF;
        byte[] body = switch (version) {
            case 0 -> Hashes.sha512quTrunc(publicKey, len == LEGACY_KEY_LENGTH ? 0 : 5, 0, 32);
            case 1 -> Hashes.sha512sqTrunc(publicKey, 1, 0, 44);
            case 2 -> Hashes.sha3_512sqTrunc(publicKey, 0, 0, 44);
            default -> throw new ProtocolException("public key selects unknown address version " + version, 0);
        };
        return new Address(prefix(version, body), publicKey.clone());
    }

    /**
     * An address from its binary form: 33 or 45 bytes without checksum, or 36 or 48 bytes with a
     * checksum, which must be correct.
     */
    public static Address fromBytes(byte[] bytes) throws ProtocolException {
        int len = bytes.length;
        byte[] body;
        if (len == 33 || len == 45) {
            body = bytes.clone();
        } else if (len == 36 || len == 48) {
            body = Arrays.copyOf(bytes, len - CHECKSUM_LENGTH);
            byte[] expected = checksum(body);
            if (!Arrays.equals(expected, 0, CHECKSUM_LENGTH, bytes, len - CHECKSUM_LENGTH, len)) {
                throw new ProtocolException("address checksum mismatch", len - CHECKSUM_LENGTH);
            }
        } else {
            throw new ProtocolException("address of " + len + " bytes; expected 33, 36, 45 or 48");
        }
        int version = body[0] & 0xFF;
        if (lengthOf(version) != body.length) {
            throw new ProtocolException("address version " + version + " does not fit " + body.length + " bytes", 0);
        }
        return new Address(body, null);
    }

    /** Parses the Base58 text form; the checksum must be correct. */
    public static Address parse(String text) throws ProtocolException {
        byte[] raw = Base58.decode(text.strip());
        if (raw.length != 36 && raw.length != 48) {
            throw new ProtocolException("Base58 address decodes to " + raw.length + " bytes; expected 36 or 48");
        }
        return fromBytes(raw);
    }

    /**
     * Parses any of the forms people and tools use: Base58 text, or hex of an address (with or without
     * checksum) or of a public key.
     */
    public static Address parseAny(String text) throws ProtocolException {
        String s = text.strip();
        if (s.length() >= 66 && s.length() % 2 == 0 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            byte[] raw = java.util.HexFormat.of().parseHex(s);
            return raw.length >= MIN_KEY_LENGTH ? fromPublicKey(raw) : fromBytes(raw);
        }
        return parse(s);
    }

    /** The 3-byte checksum of an address without checksum: first 3 bytes of SHA-512(SHA-512(a)). */
    public static byte[] checksum(byte[] noChecksum) {
        return Hashes.sha512sqTrunc(noChecksum, 0, 0, CHECKSUM_LENGTH);
    }

    /**
     * The secondary address derived from this (primary) address and a nonce, as wallets make them. A
     * {@code null} nonce or the single byte {@code 00} gives this address back.
     */
    public Address withNonce(byte[] nonce) {
        if (nonce == null || (nonce.length == 1 && nonce[0] == 0)) {
            return this;
        }
        if (nonce.length > MAX_NONCE_LENGTH) {
            throw new IllegalArgumentException("nonce longer than " + MAX_NONCE_LENGTH + " bytes");
        }
        byte[] chk = checksum(noChecksum);
        int version = version();
        byte[] tmp = version == 2 ? concat(noChecksum, nonce) : concat(concat(noChecksum, chk), nonce);
        byte[] body = switch (version) {
            case 0 -> Hashes.sha512quTrunc(tmp, 0, 0, 32);
            case 1 -> Hashes.sha512sqTrunc(tmp, 5, 0, 44);
            default -> Hashes.sha3_512sqTrunc(tmp, 0, 0, 44);
        };
        return new Address(prefix(version, body), null);
    }

    public int version() {
        return noChecksum[0] & 0xFF;
    }

    public byte[] noChecksum() {
        return noChecksum.clone();
    }

    public byte[] withChecksum() {
        return concat(noChecksum, checksum(noChecksum));
    }

    /** Starling sector prefix: the first 10 bytes of a single SHA3-512 of {@link #noChecksum()}. */
    public byte[] sectorPrefix() {
        return Hashes.sha3_512Trunc(noChecksum, 0, 0, 10);
    }

    /** The RSA public key this address was derived from, when known. */
    public Optional<byte[]> publicKey() {
        return Optional.ofNullable(publicKey).map(byte[]::clone);
    }

    /** The public key when known, else the address without checksum (what signatures carry). */
    public byte[] inputBytes() {
        return publicKey != null ? publicKey.clone() : noChecksum.clone();
    }

    /** Same address, without the public key. */
    public Address withoutPublicKey() {
        return publicKey == null ? this : new Address(noChecksum, null);
    }

    @Override
    public String toString() {
        return Base58.encode(withChecksum());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Arrays.equals(noChecksum, a.noChecksum);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(noChecksum);
    }

    private static byte[] prefix(int version, byte[] body) {
        byte[] out = new byte[body.length + 1];
        out[0] = (byte) version;
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
