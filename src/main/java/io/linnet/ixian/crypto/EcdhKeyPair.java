package io.linnet.ixian.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * A P-521 ECDH key pair in Ixian's encodings: the public key as a 67-byte compressed SEC1 point
 * ({@code 02|03 ‖ X}), the private scalar as minimal unsigned big-endian bytes (usually 65 or 66).
 * Arrays are copied in and out; {@link #toString()} hides the private key.
 */
public record EcdhKeyPair(byte[] publicKey, byte[] privateKey) {

    public EcdhKeyPair {
        publicKey = Objects.requireNonNull(publicKey, "publicKey").clone();
        privateKey = Objects.requireNonNull(privateKey, "privateKey").clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EcdhKeyPair k && Arrays.equals(publicKey, k.publicKey) && Arrays.equals(privateKey, k.privateKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "EcdhKeyPair[publicKey=" + java.util.HexFormat.of().formatHex(publicKey) + "]";
    }
}
