package io.linnet.ixian.stream;

import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.DecryptionException;
import io.linnet.ixian.crypto.MessageCrypto;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.crypto.RsaPublicKey;
import java.util.Objects;

/**
 * Signing, verifying, encrypting and decrypting {@link StreamMessage}s, as Ixian-Core does it.
 *
 * <p>Signatures are SHA512withRSA (PKCS#1 v1.5) over the 64-byte {@link StreamMessage#checksum()}, made
 * with the sender's wallet key. Because the checksum covers {@code data} as it currently is, the order
 * matters and follows the sender's protocol version: version 0 messages are signed before encryption,
 * version ≥ 1 messages after it; spixi1/spixi2 messages are not signed at all (the AEAD authenticates
 * them) and {@code none} messages only when the caller chooses to.
 *
 * <p>Encryption uses the scheme the message names, with {@link StreamMessage#additionalData()} as AAD
 * for spixi2 and rsa2. The pair-key schemes (spixi1, spixi2) take the pair's {@link PairKeys}, the RSA
 * schemes (rsa, rsa2) the recipient's public key to encrypt and the own private key to decrypt;
 * {@code none} works with either. Encrypting a message whose {@code encrypted} flag is set returns it
 * unchanged, and so does decrypting a {@link DecryptedStreamMessage}, as in Ixian, where both are no-ops
 * the second time.
 *
 * <p>A decryption failure of any kind — wrong key, tampering, a scheme that does not match the keys
 * given — is a {@link DecryptionException}; the caller must then drop the message and never acknowledge
 * it. Which schemes to accept from a given contact (to prevent downgrades) is the caller's decision.
 */
public final class StreamMessageCrypto {
    private StreamMessageCrypto() {}

    /** {@code message} with a signature over its current checksum. */
    public static StreamMessage sign(StreamMessage message, RsaPrivateKey key) {
        Objects.requireNonNull(key, "key");
        byte[] signature = Rsa.sign(key, message.checksum().toByteArray());
        return message.toBuilder().signature(Bytes.of(signature)).build();
    }

    /** Whether {@code message} carries a valid signature by {@code key} over its current checksum. */
    public static boolean verify(StreamMessage message, RsaPublicKey key) {
        return verify(message.checksum(), message.signature(), key);
    }

    /**
     * Whether a decrypted message carries a valid signature by {@code key}: over the checksum as received
     * for version ≥ 1, over the plaintext's checksum for version 0 (see {@link DecryptedStreamMessage}).
     */
    public static boolean verify(DecryptedStreamMessage decrypted, RsaPublicKey key) {
        return verify(decrypted.signedChecksum(), decrypted.message().signature(), key);
    }

    private static boolean verify(Bytes checksum, Bytes signature, RsaPublicKey key) {
        Objects.requireNonNull(key, "key");
        return !signature.isEmpty() && Rsa.verify(key, checksum.toByteArray(), signature.toByteArray());
    }

    /**
     * Encrypts with the pair keys (spixi1, spixi2 or none).
     *
     * @throws IllegalArgumentException if the message names an RSA scheme
     */
    public static StreamMessage encrypt(StreamMessage message, PairKeys keys) {
        Objects.requireNonNull(keys, "keys");
        if (message.encrypted()) {
            return message;
        }
        byte[] data = message.data().toByteArray();
        byte[] sealed = switch (message.encryptionType()) {
            case NONE -> data;
            case SPIXI1 -> MessageCrypto.encryptSpixi1(data, keys.aesKey(), keys.chachaKey());
            case SPIXI2 -> MessageCrypto.encryptSpixi2(data, keys.aesKey(), keys.chachaKey(), message.additionalData());
            case RSA, RSA2 -> throw new IllegalArgumentException(message.encryptionType() + " needs the recipient's public key");
        };
        return encrypted(message, sealed);
    }

    /**
     * Encrypts to the recipient's public key (rsa, rsa2 or none).
     *
     * @throws IllegalArgumentException if the message names a pair-key scheme, or an rsa payload does not
     *     fit in one RSA block
     */
    public static StreamMessage encrypt(StreamMessage message, RsaPublicKey recipient) {
        Objects.requireNonNull(recipient, "recipient");
        if (message.encrypted()) {
            return message;
        }
        byte[] data = message.data().toByteArray();
        byte[] sealed = switch (message.encryptionType()) {
            case NONE -> data;
            case RSA -> MessageCrypto.encryptRsa(data, recipient);
            case RSA2 -> MessageCrypto.encryptRsa2(data, recipient, message.additionalData());
            case SPIXI1, SPIXI2 -> throw new IllegalArgumentException(message.encryptionType() + " needs the pair keys");
        };
        return encrypted(message, sealed);
    }

    private static StreamMessage encrypted(StreamMessage message, byte[] sealed) {
        return message.toBuilder().data(Bytes.of(sealed)).encrypted(true).build();
    }

    /** Decrypts with the pair keys (spixi1, spixi2 or none). */
    public static DecryptedStreamMessage decrypt(StreamMessage message, PairKeys keys) throws DecryptionException {
        Objects.requireNonNull(keys, "keys");
        byte[] wire = message.data().toByteArray();
        byte[] plain = switch (message.encryptionType()) {
            case NONE -> wire;
            case SPIXI1 -> MessageCrypto.decryptSpixi1(wire, keys.aesKey(), keys.chachaKey());
            case SPIXI2 -> MessageCrypto.decryptSpixi2(wire, keys.aesKey(), keys.chachaKey(), message.additionalData());
            case RSA, RSA2 -> throw new DecryptionException(message.encryptionType() + " message cannot be opened with pair keys");
        };
        return decrypted(message, plain);
    }

    /** Decrypts with the own private key (rsa, rsa2 or none). */
    public static DecryptedStreamMessage decrypt(StreamMessage message, RsaPrivateKey own) throws DecryptionException {
        Objects.requireNonNull(own, "own");
        byte[] wire = message.data().toByteArray();
        byte[] plain = switch (message.encryptionType()) {
            case NONE -> wire;
            case RSA -> MessageCrypto.decryptRsa(wire, own);
            case RSA2 -> MessageCrypto.decryptRsa2(wire, own, message.additionalData());
            case SPIXI1, SPIXI2 -> throw new DecryptionException(message.encryptionType() + " message cannot be opened with an RSA key");
        };
        return decrypted(message, plain);
    }

    /** An already decrypted message is returned as it is. */
    public static DecryptedStreamMessage decrypt(DecryptedStreamMessage message, PairKeys keys) {
        return message;
    }

    /** An already decrypted message is returned as it is. */
    public static DecryptedStreamMessage decrypt(DecryptedStreamMessage message, RsaPrivateKey own) {
        return message;
    }

    private static DecryptedStreamMessage decrypted(StreamMessage received, byte[] plain) throws DecryptionException {
        if (plain.length > StreamMessage.MAX_DATA_BYTES) {
            throw new DecryptionException("plaintext of " + plain.length + " bytes exceeds the data limit");
        }
        StreamMessage opened = received.toBuilder().data(Bytes.of(plain)).encrypted(false).build();
        return new DecryptedStreamMessage(opened, received.data(), received.checksum());
    }
}
