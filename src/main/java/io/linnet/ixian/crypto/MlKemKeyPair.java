package io.linnet.ixian.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * An ML-KEM-1024 key pair: the 1568-byte public (encapsulation) key and Bouncy Castle's 3168-byte
 * expanded private (decapsulation) key. Arrays are copied in and out; {@link #toString()} hides the
 * private key.
 */
public record MlKemKeyPair(byte[] publicKey, byte[] privateKey) {

    public MlKemKeyPair {
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
        return o instanceof MlKemKeyPair k && Arrays.equals(publicKey, k.publicKey) && Arrays.equals(privateKey, k.privateKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "MlKemKeyPair[" + publicKey.length + "-byte public key]";
    }
}
