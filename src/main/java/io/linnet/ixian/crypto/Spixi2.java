package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * The {@code spixi2} layers. Per message a 64-byte nonce N gives each base key its own key and IV:
 * {@code h = SHA3-512(SHA3-512(baseKey ‖ N))}, key = first {@code len(baseKey)} bytes of h, IV = the
 * next 12. The payload is sealed with AES-GCM (no AAD), that result with ChaCha20-Poly1305 (with the
 * AAD). Wire: {@code IxiBytes(N) ‖ IxiBytes(C)}. On reading, the length in front of C is ignored and C
 * runs to the end of the buffer, as Ixian-Core does.
 */
final class Spixi2 {
    static final int NONCE_BYTES = 64;
    static final int IV_BYTES = 12;

    private Spixi2() {}

    /** {@code key ‖ iv} derived from {@code baseKey} and the message nonce. */
    static byte[] deriveKeyAndIv(byte[] nonce, byte[] baseKey) {
        byte[] input = Arrays.copyOf(baseKey, baseKey.length + nonce.length);
        System.arraycopy(nonce, 0, input, baseKey.length, nonce.length);
        return Arrays.copyOf(Hashes.sha3_512sq(input), baseKey.length + IV_BYTES);
    }

    static byte[] seal(byte[] data, byte[] aesKey, byte[] chachaKey, byte[] aad, byte[] nonce) {
        if (!validAesKey(aesKey) || !validChachaKey(chachaKey)) {
            throw new IllegalArgumentException("spixi2 needs a 16/24/32-byte AES key and a 32-byte ChaCha key");
        }
        Objects.requireNonNull(data, "data");
        if (nonce == null || nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("spixi2 nonce must be 64 bytes");
        }
        byte[] a = deriveKeyAndIv(nonce, aesKey);
        byte[] c = deriveKeyAndIv(nonce, chachaKey);
        byte[] inner = Aes.encryptWithIv(AesMode.GCM, data, key(a, aesKey), iv(a, aesKey));
        byte[] outer = ChaChaPoly.encrypt(inner, key(c, chachaKey), iv(c, chachaKey), aad);
        return new IxiWriter(outer.length + NONCE_BYTES + 10).ixiBytes(nonce).ixiBytes(outer).toByteArray();
    }

    /** Opens the spixi2 wire that starts at {@code offset} and runs to the end of {@code wire}. */
    static byte[] open(byte[] wire, int offset, byte[] aesKey, byte[] chachaKey, byte[] aad) throws DecryptionException {
        if (!validAesKey(aesKey) || !validChachaKey(chachaKey)) {
            throw new DecryptionException("missing or malformed spixi2 keys");
        }
        if (wire == null) {
            throw new DecryptionException("no spixi2 data");
        }
        byte[] nonce;
        int start;
        try {
            IxiReader r = new IxiReader(wire, offset, wire.length - offset);
            nonce = r.ixiBytes(NONCE_BYTES, "spixi2 nonce");
            if (nonce == null || nonce.length != NONCE_BYTES) {
                throw new ProtocolException("spixi2 nonce must be 64 bytes", offset);
            }
            r.varUInt("spixi2 ciphertext length");
            start = r.position();
        } catch (ProtocolException e) {
            throw new DecryptionException("malformed spixi2 framing: " + e.getMessage(), e);
        }
        byte[] a = deriveKeyAndIv(nonce, aesKey);
        byte[] c = deriveKeyAndIv(nonce, chachaKey);
        byte[] inner = ChaChaPoly.decrypt(wire, start, wire.length - start, key(c, chachaKey), iv(c, chachaKey), aad);
        return Aes.decryptWithIv(AesMode.GCM, inner, key(a, aesKey), iv(a, aesKey));
    }

    private static byte[] key(byte[] derived, byte[] baseKey) {
        return Arrays.copyOf(derived, baseKey.length);
    }

    private static byte[] iv(byte[] derived, byte[] baseKey) {
        return Arrays.copyOfRange(derived, baseKey.length, baseKey.length + IV_BYTES);
    }

    private static boolean validAesKey(byte[] k) {
        return k != null && (k.length == 16 || k.length == 24 || k.length == 32);
    }

    private static boolean validChachaKey(byte[] k) {
        return k != null && k.length == ChaChaPoly.KEY_BYTES;
    }
}
