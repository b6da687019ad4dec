package io.linnet.store.crypto;

import io.linnet.chat.store.StoreException;
import io.linnet.ixian.crypto.CryptoRandom;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM sealing of values at rest. A sealed value is {@code 01 ‖ nonce(12) ‖ ciphertext ‖ tag(16)};
 * the leading format byte leaves room for another algorithm later. Every value is bound to where it
 * belongs by additional authenticated data ({@link #aad}), so a ciphertext moved to another row or column
 * does not open.
 *
 * <p>Nonces are random. With 96-bit nonces that stays safe far beyond the number of values a messenger
 * stores under one key (the usual bound is 2^32 encryptions).
 *
 * <p>Thread-safe: each call makes its own {@link Cipher}.
 */
public final class StoreCipher {
    /** Format byte of AES-256-GCM with a 12-byte random nonce. */
    public static final byte FORMAT_AES_GCM = 1;
    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Bytes a sealed value has beyond its plaintext. */
    public static final int OVERHEAD = 1 + NONCE_BYTES + TAG_BITS / 8;

    private final SecretKeySpec key;

    public StoreCipher(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("store cipher key must be " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Additional data naming what a value is and where it belongs: purpose, then each part with its length. */
    public static byte[] aad(String purpose, byte[]... parts) {
        byte[] p = purpose.getBytes(StandardCharsets.UTF_8);
        int size = 4 + p.length;
        for (byte[] part : parts) {
            size += 4 + part.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).putInt(p.length).put(p);
        for (byte[] part : parts) {
            b.putInt(part.length).put(part);
        }
        return b.array();
    }

    public byte[] seal(byte[] plaintext, byte[] aad) {
        byte[] nonce = CryptoRandom.bytes(NONCE_BYTES);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad);
            byte[] out = new byte[1 + NONCE_BYTES + c.getOutputSize(plaintext.length)];
            out[0] = FORMAT_AES_GCM;
            System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
            c.doFinal(plaintext, 0, plaintext.length, out, 1 + NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * Opens a sealed value. A wrong key, altered bytes or a value sealed for another place all fail the
     * same way, with a {@link StoreException}.
     */
    public byte[] open(byte[] sealed, byte[] aad) {
        if (sealed == null || sealed.length < OVERHEAD || sealed[0] != FORMAT_AES_GCM) {
            throw new StoreException("stored ciphertext is malformed or of an unknown format");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES)));
            c.updateAAD(aad);
            return c.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new StoreException("stored ciphertext failed authentication: wrong key, or the database was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public byte[] sealText(String text, byte[] aad) {
        return seal(text.getBytes(StandardCharsets.UTF_8), aad);
    }

    public String openText(byte[] sealed, byte[] aad) {
        return new String(open(sealed, aad), StandardCharsets.UTF_8);
    }
}
