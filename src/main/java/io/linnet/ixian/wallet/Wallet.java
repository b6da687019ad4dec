package io.linnet.ixian.wallet;

import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import java.util.Arrays;
import java.util.Objects;

/**
 * The contents of an Ixian wallet file: the key pair (Ixian RSA key bytes), the base nonce that seeds
 * the secondary-address chain, and the last nonce used on that chain.
 *
 * <p>{@code version} is the file version it was read from (1, 2, 4 or 5; new wallets are 5). A
 * {@link WalletType#VIEWING viewing} wallet has no private key and exists only from version 4.
 * Arrays are copied in and out; an empty {@code lastNonce} is stored as {@code null};
 * {@link #toString()} never shows the private key.
 *
 * @param baseNonce  as stored, or as derived from the private key for files that store none
 * @param privateKey Ixian private-key bytes, {@code null} for viewing wallets
 * @param publicKey  Ixian public-key bytes
 * @param lastNonce  last nonce of the address chain, or {@code null} if no secondary address was made
 */
public record Wallet(int version, WalletType type, byte[] baseNonce, byte[] privateKey, byte[] publicKey,
                     byte[] lastNonce) {
    /** Size of a new wallet's random base nonce. */
    public static final int NEW_BASE_NONCE_BYTES = 64;

    public Wallet {
        if (version != 1 && version != 2 && version != 4 && version != 5) {
            throw new IllegalArgumentException("wallet version " + version + " is not supported");
        }
        Objects.requireNonNull(type, "type");
        if (type == WalletType.VIEWING && (privateKey != null || version < 4)) {
            throw new IllegalArgumentException("viewing wallets exist from version 4 and carry no private key");
        }
        if (type == WalletType.FULL && (privateKey == null || privateKey.length == 0)) {
            throw new IllegalArgumentException("a full wallet needs its private key");
        }
        if (baseNonce == null || baseNonce.length == 0 || publicKey == null || publicKey.length == 0) {
            throw new IllegalArgumentException("a wallet needs a base nonce and a public key");
        }
        baseNonce = baseNonce.clone();
        privateKey = privateKey == null ? null : privateKey.clone();
        publicKey = publicKey.clone();
        lastNonce = lastNonce == null || lastNonce.length == 0 ? null : lastNonce.clone();
    }

    /** A new version-5 full wallet: an RSA-4096 key for a v1 address and 64 random base-nonce bytes. */
    public static Wallet generate() {
        RsaPrivateKey key = Rsa.generate(4096, 1);
        return new Wallet(5, WalletType.FULL, CryptoRandom.bytes(NEW_BASE_NONCE_BYTES), key.toIxianBytes(),
                key.publicKey().toIxianBytes(), null);
    }

    /**
     * The same wallet without its private key. A version-2 wallet becomes version 4 (same address
     * chain); version 1 has no viewing form, because version 4 would hash its chain differently.
     */
    public Wallet toViewing() {
        if (version == 1) {
            throw new IllegalArgumentException("version 1 wallets have no viewing form");
        }
        return new Wallet(Math.max(version, 4), WalletType.VIEWING, baseNonce, null, publicKey, lastNonce);
    }

    /** This wallet with another last nonce ({@code null} for none). */
    public Wallet withLastNonce(byte[] nonce) {
        return new Wallet(version, type, baseNonce, privateKey, publicKey, nonce);
    }

    /** The next nonce of this wallet's address chain (see {@link WalletNonces#nextNonce}). */
    public byte[] nextNonce() {
        return WalletNonces.nextNonce(version, baseNonce, lastNonce);
    }

    @Override
    public byte[] baseNonce() {
        return baseNonce.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey == null ? null : privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] lastNonce() {
        return lastNonce == null ? null : lastNonce.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Wallet w && version == w.version && type == w.type && Arrays.equals(baseNonce, w.baseNonce)
                && Arrays.equals(privateKey, w.privateKey) && Arrays.equals(publicKey, w.publicKey)
                && Arrays.equals(lastNonce, w.lastNonce);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, type, Arrays.hashCode(publicKey), Arrays.hashCode(baseNonce));
    }

    @Override
    public String toString() {
        return "Wallet[version " + version + ", " + type + ", " + publicKey.length + "-byte public key"
                + (lastNonce == null ? "" : ", has last nonce") + "]";
    }
}
