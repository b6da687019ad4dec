package io.linnet.ixian.crypto;

import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.engines.ChaChaEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * The original (Bernstein) ChaCha20 stream cipher: 32-byte key, 8-byte nonce, 64-bit block counter
 * from 0 — not the IETF 12-byte-nonce variant. It has no authentication.
 *
 * <p>Ixian's rule, applied on both sides: a nonce whose first byte is 0x00 is used (and transmitted)
 * with that byte set to 0x01. Output of {@link #encrypt} is {@code nonce(8) ‖ ciphertext}.
 */
public final class ChaCha20 {
    public static final int KEY_BYTES = 32;
    public static final int NONCE_BYTES = 8;

    private ChaCha20() {}

    /** Random nonce (first byte forced non-zero), then the ciphertext. */
    public static byte[] encrypt(byte[] data, byte[] key) {
        return encryptWithNonce(data, key, CryptoRandom.bytes(NONCE_BYTES));
    }

    /** {@code nonce' ‖ ciphertext}, where nonce' is {@code nonce} after the zero-first-byte rule. */
    public static byte[] encryptWithNonce(byte[] data, byte[] key, byte[] nonce) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("ChaCha20 key must be 32 bytes");
        }
        Objects.requireNonNull(data, "data");
        if (nonce == null || nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("ChaCha20 nonce must be 8 bytes");
        }
        byte[] used = effectiveNonce(nonce);
        byte[] out = Arrays.copyOf(used, NONCE_BYTES + data.length);
        xor(key, used, data, 0, data.length, out, NONCE_BYTES);
        return out;
    }

    /** Reads the 8-byte nonce in front and deciphers the rest. */
    public static byte[] decrypt(byte[] input, byte[] key) throws DecryptionException {
        if (key == null || key.length != KEY_BYTES) {
            throw new DecryptionException("missing or malformed ChaCha20 key");
        }
        if (input == null || input.length < NONCE_BYTES) {
            throw new DecryptionException("ChaCha20 input shorter than its nonce");
        }
        byte[] nonce = effectiveNonce(Arrays.copyOf(input, NONCE_BYTES));
        byte[] out = new byte[input.length - NONCE_BYTES];
        xor(key, nonce, input, NONCE_BYTES, out.length, out, 0);
        return out;
    }

    /** The nonce actually used: a copy with a zero first byte replaced by one. */
    static byte[] effectiveNonce(byte[] nonce) {
        byte[] n = nonce.clone();
        if (n[0] == 0) {
            n[0] = 1;
        }
        return n;
    }

    private static void xor(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff) {
        ChaChaEngine engine = new ChaChaEngine(20);
        engine.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        engine.processBytes(in, inOff, len, out, outOff);
    }
}
