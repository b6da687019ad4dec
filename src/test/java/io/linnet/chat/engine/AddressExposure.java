package io.linnet.chat.engine;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.RsaPublicKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks for identities in captured bytes: every encoding of an address and a public key we can think of —
 * the address with and without checksum and its 44-byte hash alone (and the first 16 bytes of that), as raw
 * bytes, Base58 (ASCII, UTF-16LE and UTF-16BE), hex (both cases) and Base64; the public key as Ixian bytes,
 * its modulus (big-endian and little-endian), hex and Base64.
 */
public final class AddressExposure {
    private final Map<String, String> patterns = new LinkedHashMap<>();

    /** Patterns for each of {@code addresses} and {@code publicKeys} (Ixian key bytes). */
    public AddressExposure(List<Address> addresses, List<byte[]> publicKeys) {
        for (Address a : addresses) {
            byte[] no = a.noChecksum();
            byte[] with = a.withChecksum();
            byte[] hash = Arrays.copyOfRange(no, 1, no.length);
            String name = a.toString();
            add(name + " without checksum", no);
            add(name + " with checksum", with);
            add(name + " hash", hash);
            add(name + " hash prefix", Arrays.copyOf(hash, 16));
            text(name + " base58", name);
            for (byte[] b : List.of(no, with)) {
                text(name + " hex", HexFormat.of().formatHex(b));
                text(name + " HEX", HexFormat.of().withUpperCase().formatHex(b));
                text(name + " base64", Base64.getEncoder().encodeToString(b));
            }
        }
        for (byte[] key : publicKeys) {
            String name = "public key " + HexFormat.of().formatHex(Arrays.copyOf(key, 8)) + "…";
            add(name, key);
            try {
                BigInteger modulus = RsaPublicKey.fromIxianBytes(key).modulus();
                byte[] be = modulus.toByteArray();
                byte[] mag = be[0] == 0 ? Arrays.copyOfRange(be, 1, be.length) : be;
                add(name + " modulus", mag);
                byte[] le = mag.clone();
                for (int i = 0; i < le.length / 2; i++) {
                    byte t = le[i];
                    le[i] = le[le.length - 1 - i];
                    le[le.length - 1 - i] = t;
                }
                add(name + " modulus little-endian", le);
            } catch (Exception e) {
                throw new IllegalArgumentException("not an Ixian public key", e);
            }
            text(name + " hex", HexFormat.of().formatHex(key));
            text(name + " base64", Base64.getEncoder().encodeToString(key));
        }
    }

    private void add(String name, byte[] bytes) {
        patterns.put(name + " #" + patterns.size(), new String(bytes, StandardCharsets.ISO_8859_1));
    }

    private void text(String name, String s) {
        add(name + " (ascii)", s.getBytes(StandardCharsets.US_ASCII));
        add(name + " (utf-16le)", s.getBytes(StandardCharsets.UTF_16LE));
        add(name + " (utf-16be)", s.getBytes(StandardCharsets.UTF_16BE));
    }

    /** How many patterns are searched for. */
    public int size() {
        return patterns.size();
    }

    /** The name of a pattern found in {@code data}, if any. */
    public Optional<String> find(byte[] data) {
        String hay = new String(data, StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> p : patterns.entrySet()) {
            if (hay.contains(p.getValue())) {
                return Optional.of(p.getKey());
            }
        }
        return Optional.empty();
    }
}
