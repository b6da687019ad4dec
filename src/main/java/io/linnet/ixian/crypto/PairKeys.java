package io.linnet.ixian.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The two symmetric keys a contact pair shares (used in both directions for {@code spixi2} and
 * {@code spixi1}): a 32-byte AES key and a 32-byte ChaCha key. Arrays are copied in and out;
 * {@link #toString()} hides the keys.
 */
public record PairKeys(byte[] aesKey, byte[] chachaKey) {
    public static final int KEY_BYTES = 32;
    private static final byte[] AES_INFO = "IXI AES Key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHACHA_INFO = "IXI ChaCha Key".getBytes(StandardCharsets.US_ASCII);

    public PairKeys {
        aesKey = Objects.requireNonNull(aesKey, "aesKey").clone();
        chachaKey = Objects.requireNonNull(chachaKey, "chachaKey").clone();
    }

    /**
     * Ixian's protocol-v1 derivation: {@code ikm = ecdhSecret ‖ mlKemSecret};
     * {@code aesKey = HKDF-SHA3-512(ikm, 32, aesSalt, "IXI AES Key")},
     * {@code chachaKey = HKDF-SHA3-512(ikm, 32, chachaSalt, "IXI ChaCha Key")}. The ECDH secret must be
     * passed exactly as {@link Ecdh#sharedSecret} returns it (leading zeros stripped).
     */
    public static PairKeys derive(byte[] ecdhSecret, byte[] mlKemSecret, byte[] aesSalt, byte[] chachaSalt) {
        Objects.requireNonNull(ecdhSecret, "ecdhSecret");
        Objects.requireNonNull(mlKemSecret, "mlKemSecret");
        byte[] ikm = Arrays.copyOf(ecdhSecret, ecdhSecret.length + mlKemSecret.length);
        System.arraycopy(mlKemSecret, 0, ikm, ecdhSecret.length, mlKemSecret.length);
        PairKeys keys = new PairKeys(Hkdf.sha3_512(ikm, KEY_BYTES, aesSalt, AES_INFO),
                Hkdf.sha3_512(ikm, KEY_BYTES, chachaSalt, CHACHA_INFO));
        Arrays.fill(ikm, (byte) 0);
        return keys;
    }

    @Override
    public byte[] aesKey() {
        return aesKey.clone();
    }

    @Override
    public byte[] chachaKey() {
        return chachaKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PairKeys k && Arrays.equals(aesKey, k.aesKey) && Arrays.equals(chachaKey, k.chachaKey);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(aesKey) + Arrays.hashCode(chachaKey);
    }

    @Override
    public String toString() {
        return "PairKeys[hidden]";
    }
}
