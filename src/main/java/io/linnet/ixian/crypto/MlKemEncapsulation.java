package io.linnet.ixian.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * Result of ML-KEM encapsulation: the 1568-byte ciphertext to send and the 32-byte shared secret to
 * keep. Arrays are copied in and out; {@link #toString()} hides the secret.
 */
public record MlKemEncapsulation(byte[] ciphertext, byte[] sharedSecret) {

    public MlKemEncapsulation {
        ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
        sharedSecret = Objects.requireNonNull(sharedSecret, "sharedSecret").clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public byte[] sharedSecret() {
        return sharedSecret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlKemEncapsulation e && Arrays.equals(ciphertext, e.ciphertext)
                && Arrays.equals(sharedSecret, e.sharedSecret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "MlKemEncapsulation[" + ciphertext.length + "-byte ciphertext]";
    }
}
