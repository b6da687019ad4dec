package io.linnet.ixian.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * ChaCha20-Poly1305 AEAD of RFC 8439: 32-byte key, 12-byte nonce, 16-byte tag appended to the
 * ciphertext, caller-supplied additional data ({@code null} means none).
 */
public final class ChaChaPoly {
    public static final int KEY_BYTES = 32;
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BYTES = 16;
    private static final byte[] NO_AAD = new byte[0];

    private ChaChaPoly() {}

    /** {@code ciphertext ‖ tag}. */
    public static byte[] encrypt(byte[] data, byte[] key, byte[] nonce, byte[] aad) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("ChaCha20-Poly1305 key must be 32 bytes");
        }
        if (nonce == null || nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("ChaCha20-Poly1305 nonce must be 12 bytes");
        }
        Objects.requireNonNull(data, "data");
        ChaCha20Poly1305 c = init(true, key, nonce, aad);
        byte[] out = new byte[c.getOutputSize(data.length)];
        int n = c.processBytes(data, 0, data.length, out, 0);
        try {
            c.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("ChaCha20-Poly1305 encryption failed", e);
        }
        return out;
    }

    /** Checks the tag over {@code input[offset, offset+length)} and {@code aad}, then deciphers. */
    public static byte[] decrypt(byte[] input, int offset, int length, byte[] key, byte[] nonce, byte[] aad)
            throws DecryptionException {
        if (key == null || key.length != KEY_BYTES || nonce == null || nonce.length != NONCE_BYTES) {
            throw new DecryptionException("missing or malformed ChaCha20-Poly1305 key or nonce");
        }
        if (input == null || offset < 0 || length < TAG_BYTES || offset > input.length - length) {
            throw new DecryptionException("ChaCha20-Poly1305 ciphertext shorter than its tag");
        }
        ChaCha20Poly1305 c = init(false, key, nonce, aad);
        byte[] out = new byte[c.getOutputSize(length)];
        try {
            int n = c.processBytes(input, offset, length, out, 0);
            c.doFinal(out, n);
        } catch (InvalidCipherTextException | RuntimeException e) {
            throw new DecryptionException("ChaCha20-Poly1305 authentication failed", e);
        }
        return out;
    }

    private static ChaCha20Poly1305 init(boolean encrypt, byte[] key, byte[] nonce, byte[] aad) {
        ChaCha20Poly1305 c = new ChaCha20Poly1305();
        c.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BYTES * 8, nonce, aad == null ? NO_AAD : aad));
        return c;
    }
}
