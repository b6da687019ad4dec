package io.linnet.ixian.crypto;

import java.security.SecureRandom;

/** The one source of cryptographic randomness: keys, nonces, IVs and salts all come from here. */
public final class CryptoRandom {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CryptoRandom() {}

    /** {@code n} fresh random bytes. */
    public static byte[] bytes(int n) {
        byte[] out = new byte[n];
        RANDOM.nextBytes(out);
        return out;
    }

    /** The shared generator, for key-pair generators that take one. */
    public static SecureRandom secureRandom() {
        return RANDOM;
    }
}
