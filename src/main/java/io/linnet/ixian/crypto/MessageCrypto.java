package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Arrays;

/**
 * Payload encryption of Ixian stream messages, byte-compatible with Ixian-Core:
 * <ul>
 *   <li>{@code spixi2}: pair keys, per-message keys from a 64-byte nonce, AES-GCM inside
 *       ChaCha20-Poly1305 over the AAD — {@code IxiBytes(N) ‖ IxiBytes(C)};</li>
 *   <li>{@code rsa2}: fresh 32-byte AES and ChaCha keys sent under the recipient's RSA-OAEP key,
 *       payload in spixi2 — {@code IxiBytes(OAEP(IxiBytes(kA) ‖ IxiBytes(kC))) ‖ IxiBytes(spixi2)};</li>
 *   <li>{@code spixi1} (legacy): {@code nonce8 ‖ ChaCha20(iv12 ‖ AES-GCM(data))}, no AAD;</li>
 *   <li>{@code rsa} (legacy): the payload as one RSA-OAEP block.</li>
 * </ul>
 * Encrypting with a missing key is an IllegalArgumentException (a bug in the caller). Decryption
 * reports every failure — missing key, wrong key, tampering, truncation, bad framing — as a
 * {@link DecryptionException} and never allocates according to an unchecked length. The
 * {@code ...With...} methods take the otherwise random nonces and keys, for test vectors.
 */
public final class MessageCrypto {
    public static final int NONCE_BYTES = Spixi2.NONCE_BYTES;
    public static final int RSA2_KEY_BYTES = 32;
    private static final int MAX_KEY_BLOCK_KEY = 64;

    private MessageCrypto() {}

    public static byte[] encryptSpixi2(byte[] data, byte[] aesKey, byte[] chachaKey, byte[] aad) {
        return Spixi2.seal(data, aesKey, chachaKey, aad, CryptoRandom.bytes(NONCE_BYTES));
    }

    /** {@link #encryptSpixi2} with a given 64-byte message nonce. */
    public static byte[] encryptSpixi2WithNonce(byte[] data, byte[] aesKey, byte[] chachaKey, byte[] aad, byte[] nonce) {
        return Spixi2.seal(data, aesKey, chachaKey, aad, nonce);
    }

    public static byte[] decryptSpixi2(byte[] wire, byte[] aesKey, byte[] chachaKey, byte[] aad) throws DecryptionException {
        return Spixi2.open(wire, 0, aesKey, chachaKey, aad);
    }

    public static byte[] encryptRsa2(byte[] data, RsaPublicKey recipient, byte[] aad) {
        return encryptRsa2WithKeys(data, recipient, aad, CryptoRandom.bytes(RSA2_KEY_BYTES),
                CryptoRandom.bytes(RSA2_KEY_BYTES), CryptoRandom.bytes(NONCE_BYTES));
    }

    /** {@link #encryptRsa2} with given one-off keys and spixi2 nonce (the OAEP padding stays random). */
    public static byte[] encryptRsa2WithKeys(byte[] data, RsaPublicKey recipient, byte[] aad, byte[] aesKey,
                                             byte[] chachaKey, byte[] nonce) {
        if (recipient == null) {
            throw new IllegalArgumentException("no RSA public key to encrypt to");
        }
        byte[] inner = Spixi2.seal(data, aesKey, chachaKey, aad, nonce);
        byte[] encryptedKeys = Rsa.encryptOaep(recipient, rsa2KeyBlock(aesKey, chachaKey));
        return new IxiWriter(inner.length + encryptedKeys.length + 10)
                .ixiBytes(encryptedKeys).ixiBytes(inner).toByteArray();
    }

    public static byte[] decryptRsa2(byte[] wire, RsaPrivateKey own, byte[] aad) throws DecryptionException {
        if (own == null) {
            throw new DecryptionException("no RSA private key to decrypt with");
        }
        if (wire == null) {
            throw new DecryptionException("no rsa2 data");
        }
        byte[] encryptedKeys;
        int innerStart;
        try {
            IxiReader r = new IxiReader(wire);
            encryptedKeys = r.ixiBytes(own.publicKey().modulusBytes(), "rsa2 key block");
            r.varUInt("rsa2 payload length"); // ignored, like Ixian-Core: the payload runs to the end
            innerStart = r.position();
        } catch (ProtocolException e) {
            throw new DecryptionException("malformed rsa2 framing: " + e.getMessage(), e);
        }
        byte[] block = Rsa.decryptOaep(own, encryptedKeys);
        byte[] aesKey;
        byte[] chachaKey;
        try {
            IxiReader k = new IxiReader(block);
            aesKey = k.ixiBytes(MAX_KEY_BLOCK_KEY, "rsa2 AES key");
            chachaKey = k.ixiBytes(MAX_KEY_BLOCK_KEY, "rsa2 ChaCha key");
            k.expectEnd("rsa2 key block");
        } catch (ProtocolException e) {
            throw new DecryptionException("malformed rsa2 key block: " + e.getMessage(), e);
        } finally {
            Arrays.fill(block, (byte) 0);
        }
        return Spixi2.open(wire, innerStart, aesKey, chachaKey, aad);
    }

    /** The RSA-OAEP plaintext of rsa2: {@code IxiBytes(aesKey) ‖ IxiBytes(chachaKey)}. */
    static byte[] rsa2KeyBlock(byte[] aesKey, byte[] chachaKey) {
        return new IxiWriter(70).ixiBytes(aesKey).ixiBytes(chachaKey).toByteArray();
    }

    public static byte[] encryptSpixi1(byte[] data, byte[] aesKey, byte[] chachaKey) {
        return encryptSpixi1WithIvAndNonce(data, aesKey, chachaKey, CryptoRandom.bytes(Aes.GCM_IV_BYTES),
                CryptoRandom.bytes(ChaCha20.NONCE_BYTES));
    }

    /** {@link #encryptSpixi1} with a given 12-byte AES IV and 8-byte ChaCha20 nonce. */
    public static byte[] encryptSpixi1WithIvAndNonce(byte[] data, byte[] aesKey, byte[] chachaKey, byte[] iv, byte[] nonce) {
        if (iv == null || iv.length != Aes.GCM_IV_BYTES) {
            throw new IllegalArgumentException("spixi1 AES IV must be 12 bytes");
        }
        byte[] ct = Aes.encryptWithIv(AesMode.GCM, data, aesKey, iv);
        byte[] aesLayer = Arrays.copyOf(iv, iv.length + ct.length);
        System.arraycopy(ct, 0, aesLayer, iv.length, ct.length);
        return ChaCha20.encryptWithNonce(aesLayer, chachaKey, nonce);
    }

    public static byte[] decryptSpixi1(byte[] wire, byte[] aesKey, byte[] chachaKey) throws DecryptionException {
        return Aes.decrypt(AesMode.GCM, ChaCha20.decrypt(wire, chachaKey), 0, aesKey);
    }

    /** Legacy {@code rsa}: at most modulus length − 42 bytes (470 for RSA-4096). */
    public static byte[] encryptRsa(byte[] data, RsaPublicKey recipient) {
        return Rsa.encryptOaep(recipient, data);
    }

    public static byte[] decryptRsa(byte[] wire, RsaPrivateKey own) throws DecryptionException {
        return Rsa.decryptOaep(own, wire);
    }

    /**
     * Encrypts with the scheme {@code code}: RSA schemes use {@code recipient}, pair-key schemes use
     * {@code aesKey}/{@code chachaKey}; {@code aad} is used by spixi2 and rsa2; NONE returns a copy.
     */
    public static byte[] encrypt(EncryptionCode code, byte[] data, RsaPublicKey recipient, byte[] aesKey,
                                 byte[] chachaKey, byte[] aad) {
        return switch (code) {
            case NONE -> data.clone();
            case RSA -> encryptRsa(data, recipient);
            case SPIXI1 -> encryptSpixi1(data, aesKey, chachaKey);
            case RSA2 -> encryptRsa2(data, recipient, aad);
            case SPIXI2 -> encryptSpixi2(data, aesKey, chachaKey, aad);
        };
    }

    /** Decrypts with the scheme {@code code}; the counterpart of {@link #encrypt}. */
    public static byte[] decrypt(EncryptionCode code, byte[] wire, RsaPrivateKey own, byte[] aesKey,
                                 byte[] chachaKey, byte[] aad) throws DecryptionException {
        if (code == null || wire == null) {
            throw new DecryptionException("no encryption code or data");
        }
        return switch (code) {
            case NONE -> wire.clone();
            case RSA -> decryptRsa(wire, own);
            case SPIXI1 -> decryptSpixi1(wire, aesKey, chachaKey);
            case RSA2 -> decryptRsa2(wire, own, aad);
            case SPIXI2 -> decryptSpixi2(wire, aesKey, chachaKey, aad);
        };
    }
}
