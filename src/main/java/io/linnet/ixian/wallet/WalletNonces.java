package io.linnet.ixian.wallet;

import io.linnet.ixian.crypto.Hashes;
import java.util.Arrays;
import java.util.Objects;

/**
 * The nonce chain behind a wallet's secondary addresses, and the base nonce that older wallet files
 * derive from the private key instead of storing it.
 */
public final class WalletNonces {
    /** Length of every nonce in the chain. */
    public static final int NONCE_BYTES = 16;

    private WalletNonces() {}

    /**
     * The nonce after {@code lastNonce} ({@code null} for the first one): the first 16 bytes of
     * H(baseNonce ‖ lastNonce), where H is SHA-512 applied four times for wallet version 1, twice for
     * versions 2 to 4, and SHA3-512 twice for version 5 and later.
     */
    public static byte[] nextNonce(int walletVersion, byte[] baseNonce, byte[] lastNonce) {
        Objects.requireNonNull(baseNonce, "baseNonce");
        if (walletVersion < 1) {
            throw new IllegalArgumentException("wallet version " + walletVersion);
        }
        byte[] last = lastNonce == null ? new byte[0] : lastNonce;
        byte[] input = Arrays.copyOf(baseNonce, baseNonce.length + last.length);
        System.arraycopy(last, 0, input, baseNonce.length, last.length);
        if (walletVersion < 2) {
            return Hashes.sha512quTrunc(input, 0, 0, NONCE_BYTES);
        }
        if (walletVersion < 5) {
            return Hashes.sha512sqTrunc(input, 0, 0, NONCE_BYTES);
        }
        return Hashes.sha3_512sqTrunc(input, 0, 0, NONCE_BYTES);
    }

    /**
     * The base nonce of a full wallet that stores none. Versions 1, 2 and 4 hash the 64 private-key
     * bytes that follow the first {@code publicKeyLength} bytes: SHA-512⁴ cut to 32 bytes (version 1)
     * or SHA-512² cut to 44 (versions 2, 4). Version 5 hashes the whole private key with SHA3-512²,
     * cut to 44.
     */
    public static byte[] baseNonceFromPrivateKey(int walletVersion, byte[] privateKey, int publicKeyLength) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (walletVersion >= 5) {
            return Hashes.sha3_512sqTrunc(privateKey, 0, 0, 44);
        }
        if (publicKeyLength < 0 || privateKey.length - publicKeyLength < 64) {
            throw new IllegalArgumentException("private key too short to derive a base nonce");
        }
        return walletVersion < 2
                ? Hashes.sha512quTrunc(privateKey, publicKeyLength, 64, 32)
                : Hashes.sha512sqTrunc(privateKey, publicKeyLength, 64, 44);
    }
}
