package io.linnet.ixian.wallet;

import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.AesMode;
import io.linnet.ixian.crypto.PasswordCrypto;

/**
 * Test-only writer of wallet versions 1, 2 and 4 laid out as ixian-primitives.md §9.1 describes:
 * {@code int32 version ‖ [v4: type char] ‖ int32 len ‖ enc(privateKey | baseNonce) ‖ int32 len ‖
 * enc(publicKey) ‖ [int32 len ‖ enc(lastNonce)]}, each enc being AES-128-CBC password encryption.
 */
public final class LegacyWalletWriter {
    private LegacyWalletWriter() {}

    /** {@code secret} is the private key of a full wallet or the base nonce of a viewing one. */
    public static byte[] write(int version, WalletType type, byte[] secret, byte[] publicKey, byte[] lastNonce, String password) {
        IxiWriter w = new IxiWriter().int32(version);
        if (version == 4) {
            w.u8(type.symbol());
        }
        w.int32Bytes(enc(secret, password)).int32Bytes(enc(publicKey, password));
        if (lastNonce != null) {
            w.int32Bytes(enc(lastNonce, password));
        }
        return w.toByteArray();
    }

    private static byte[] enc(byte[] field, String password) {
        return PasswordCrypto.encrypt(field, password, AesMode.CBC);
    }
}
