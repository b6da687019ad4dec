package io.linnet.ixian.crypto;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES with Ixian's conventions. The key length picks AES-128/192/256. GCM uses a 128-bit tag and no
 * AAD; CBC uses PKCS#7 padding.
 *
 * <p>{@link #encrypt} makes a random IV (12 bytes for GCM, 16 for CBC) and returns {@code IV ‖ output};
 * {@link #encryptWithIv} returns only the output. {@link #decrypt} reads the IV in front of the
 * ciphertext; for GCM it first tries a 12-byte IV and, if that fails, a 16-byte IV (Ixian's legacy
 * layout, still GCM).
 */
public final class Aes {
    public static final int GCM_IV_BYTES = 12;
    public static final int LEGACY_GCM_IV_BYTES = 16;
    public static final int CBC_IV_BYTES = 16;
    public static final int TAG_BYTES = 16;
    private static final int BLOCK = 16;

    private Aes() {}

    /** Random IV, then the output of {@link #encryptWithIv}. */
    public static byte[] encrypt(AesMode mode, byte[] data, byte[] key) {
        byte[] iv = CryptoRandom.bytes(mode == AesMode.GCM ? GCM_IV_BYTES : CBC_IV_BYTES);
        byte[] out = encryptWithIv(mode, data, key, iv);
        byte[] result = new byte[iv.length + out.length];
        System.arraycopy(iv, 0, result, 0, iv.length);
        System.arraycopy(out, 0, result, iv.length, out.length);
        return result;
    }

    /** Encrypts with the given IV and returns only the ciphertext (GCM: followed by the tag). */
    public static byte[] encryptWithIv(AesMode mode, byte[] data, byte[] key, byte[] iv) {
        checkKey(key);
        Objects.requireNonNull(data, "data");
        if (iv == null || (mode == AesMode.CBC ? iv.length != CBC_IV_BYTES : iv.length == 0)) {
            throw new IllegalArgumentException("bad AES IV length");
        }
        try {
            return cipher(Cipher.ENCRYPT_MODE, mode, key, iv).doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    /** Decrypts {@code input[offset..]}, which starts with the IV (GCM: 12 bytes, else 16 as fallback). */
    public static byte[] decrypt(AesMode mode, byte[] input, int offset, byte[] key) throws DecryptionException {
        if (input == null || offset < 0 || offset > input.length) {
            throw new DecryptionException("no AES ciphertext");
        }
        int available = input.length - offset;
        if (mode == AesMode.CBC) {
            return decryptAt(mode, input, offset, CBC_IV_BYTES, key);
        }
        try {
            return decryptAt(mode, input, offset, GCM_IV_BYTES, key);
        } catch (DecryptionException first) {
            if (available < LEGACY_GCM_IV_BYTES + TAG_BYTES) {
                throw first;
            }
            return decryptAt(mode, input, offset, LEGACY_GCM_IV_BYTES, key);
        }
    }

    /** Decrypts {@code ciphertext} (GCM: including the tag) with an IV that is not transmitted. */
    public static byte[] decryptWithIv(AesMode mode, byte[] ciphertext, byte[] key, byte[] iv) throws DecryptionException {
        if (ciphertext == null || iv == null) {
            throw new DecryptionException("no AES ciphertext or IV");
        }
        return open(mode, key, iv, ciphertext, 0, ciphertext.length);
    }

    private static byte[] decryptAt(AesMode mode, byte[] input, int offset, int ivLength, byte[] key)
            throws DecryptionException {
        if (input.length - offset < ivLength) {
            throw new DecryptionException("AES ciphertext shorter than its IV");
        }
        byte[] iv = Arrays.copyOfRange(input, offset, offset + ivLength);
        return open(mode, key, iv, input, offset + ivLength, input.length - offset - ivLength);
    }

    private static byte[] open(AesMode mode, byte[] key, byte[] iv, byte[] input, int ctOffset, int ctLength)
            throws DecryptionException {
        if (key == null || !validKeyLength(key.length)) {
            throw new DecryptionException("missing or malformed AES key");
        }
        boolean shapeOk = mode == AesMode.GCM
                ? iv.length > 0 && ctLength >= TAG_BYTES
                : iv.length == CBC_IV_BYTES && ctLength >= BLOCK && ctLength % BLOCK == 0;
        if (!shapeOk) {
            throw new DecryptionException("AES ciphertext too short or misaligned");
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, mode, key, iv).doFinal(input, ctOffset, ctLength);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new DecryptionException("AES-" + mode + " decryption failed", e);
        }
    }

    private static Cipher cipher(int opmode, AesMode mode, byte[] key, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance(mode == AesMode.GCM ? "AES/GCM/NoPadding" : "AES/CBC/PKCS5Padding");
        AlgorithmParameterSpec spec = mode == AesMode.GCM ? new GCMParameterSpec(TAG_BYTES * 8, iv) : new IvParameterSpec(iv);
        c.init(opmode, new SecretKeySpec(key, "AES"), spec);
        return c;
    }

    private static void checkKey(byte[] key) {
        if (key == null || !validKeyLength(key.length)) {
            throw new IllegalArgumentException("AES key must be 16, 24 or 32 bytes");
        }
    }

    private static boolean validKeyLength(int n) {
        return n == 16 || n == 24 || n == 32;
    }
}
