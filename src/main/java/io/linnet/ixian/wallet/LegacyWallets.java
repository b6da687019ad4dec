package io.linnet.ixian.wallet;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.crypto.AesMode;
import io.linnet.ixian.crypto.DecryptionException;
import io.linnet.ixian.crypto.PasswordCrypto;

/**
 * Reader for wallet versions 1, 2 and 4. After {@code int32 version}: [v4 only: type char]; then
 * {@code int32 len ‖ enc(privateKey)} (or, for a v4 viewing wallet, {@code enc(baseNonce)});
 * {@code int32 len ‖ enc(publicKey)}; optionally {@code int32 len ‖ enc(lastNonce)}. Each enc is
 * {@code salt(16) ‖ IV(16) ‖ AES-128-CBC}. CBC is unauthenticated, so key material that does not
 * check out after decryption is reported as a wrong password too.
 */
final class LegacyWallets {
    private static final int MIN_FIELD = 16 + 16 + 16;
    private static final int MAX_ENCRYPTED_FIELD = WalletCodec.MAX_FIELD_BYTES + MIN_FIELD;

    private LegacyWallets() {}

    static Wallet read(int version, IxiReader r, String password) throws ProtocolException, WrongPasswordException {
        WalletType type = WalletType.FULL;
        if (version == 4) {
            int at = r.position();
            type = WalletType.fromSymbol(r.u8("wallet type"));
            if (type == null) {
                throw new ProtocolException("wallet type must be 'f' or 'v'", at);
            }
        }
        boolean full = type == WalletType.FULL;
        byte[] first = field(r, full ? "encrypted private key" : "encrypted base nonce");
        byte[] pub = field(r, "encrypted public key");
        byte[] last = r.hasRemaining() ? field(r, "encrypted last nonce") : null;
        r.expectEnd("wallet");

        byte[] firstPlain = decrypt(first, password);
        byte[] publicKey = decrypt(pub, password);
        byte[] lastNonce = last == null ? null : decrypt(last, password);
        if (!WalletCodec.keysValid(full ? firstPlain : null, publicKey) || firstPlain.length == 0) {
            throw new WrongPasswordException("wrong password, or the wallet file is damaged: keys do not check out");
        }
        if (!full) {
            return new Wallet(version, type, firstPlain, null, publicKey, lastNonce);
        }
        byte[] baseNonce = WalletNonces.baseNonceFromPrivateKey(version, firstPlain, publicKey.length);
        return new Wallet(version, type, baseNonce, firstPlain, publicKey, lastNonce);
    }

    private static byte[] field(IxiReader r, String what) throws ProtocolException {
        int at = r.position();
        byte[] b = r.int32Bytes(MAX_ENCRYPTED_FIELD, what);
        if (b == null || b.length < MIN_FIELD || (b.length - 32) % 16 != 0) {
            throw new ProtocolException(what + " has an impossible length", at);
        }
        return b;
    }

    private static byte[] decrypt(byte[] field, String password) throws WrongPasswordException {
        try {
            return PasswordCrypto.decrypt(field, password, AesMode.CBC);
        } catch (DecryptionException e) {
            throw new WrongPasswordException("wrong password, or the wallet file is damaged", e);
        }
    }
}
