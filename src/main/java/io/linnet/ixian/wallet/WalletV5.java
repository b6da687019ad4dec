package io.linnet.ixian.wallet;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.AesMode;
import io.linnet.ixian.crypto.DecryptionException;
import io.linnet.ixian.crypto.PasswordCrypto;

/**
 * Wallet version 5: {@code int32 5 ‖ salt(16) ‖ IV(12) ‖ AES-128-GCM(inner) ‖ tag(16)} with
 * inner = {@code type char ‖ int32 len ‖ baseNonce ‖ ['f' only: int32 len ‖ privateKey] ‖ int32 len ‖
 * publicKey ‖ int32 len ‖ lastNonce} (length 0 = no last nonce). A full wallet with an empty base nonce
 * gets one derived from its private key. The inner block is authenticated, so any flaw in it is a
 * ProtocolException.
 */
final class WalletV5 {
    static final int VERSION = 5;
    private static final int MIN_BLOB = PasswordCrypto.SALT_BYTES + 12 + 16;

    private WalletV5() {}

    static Wallet read(IxiReader r, String password) throws ProtocolException, WrongPasswordException {
        int at = r.position();
        byte[] blob = r.rest();
        if (blob.length < MIN_BLOB) {
            throw new ProtocolException("version 5 wallet is truncated", at);
        }
        byte[] inner;
        try {
            inner = PasswordCrypto.decrypt(blob, password, AesMode.GCM);
        } catch (DecryptionException e) {
            throw new WrongPasswordException("wrong password, or the wallet file is damaged", e);
        }
        return parseInner(inner);
    }

    /** Offsets in errors count from the start of the decrypted block. */
    private static Wallet parseInner(byte[] inner) throws ProtocolException {
        IxiReader r = new IxiReader(inner);
        WalletType type = WalletType.fromSymbol(r.u8("wallet type"));
        if (type == null) {
            throw new ProtocolException("decrypted wallet: type must be 'f' or 'v'", 0);
        }
        byte[] baseNonce = r.int32Bytes(WalletCodec.MAX_FIELD_BYTES, "base nonce");
        byte[] privateKey = null;
        if (type == WalletType.FULL) {
            privateKey = required(r, "private key");
        }
        byte[] publicKey = required(r, "public key");
        byte[] lastNonce = r.int32Bytes(WalletCodec.MAX_FIELD_BYTES, "last nonce");
        r.expectEnd("decrypted wallet");
        if (!WalletCodec.keysValid(privateKey, publicKey)) {
            throw new ProtocolException("decrypted wallet: keys are malformed or do not belong together");
        }
        if (baseNonce == null) {
            if (privateKey == null) {
                throw new ProtocolException("decrypted wallet: viewing wallet without base nonce");
            }
            baseNonce = WalletNonces.baseNonceFromPrivateKey(VERSION, privateKey, publicKey.length);
        }
        return new Wallet(VERSION, type, baseNonce, privateKey, publicKey, lastNonce);
    }

    private static byte[] required(IxiReader r, String what) throws ProtocolException {
        int at = r.position();
        byte[] b = r.int32Bytes(WalletCodec.MAX_FIELD_BYTES, what);
        if (b == null) {
            throw new ProtocolException("decrypted wallet: " + what + " is missing", at);
        }
        return b;
    }

    /** The whole file; {@code salt}/{@code iv} {@code null} means random. */
    static byte[] write(Wallet wallet, String password, byte[] salt, byte[] iv) {
        byte[] privateKey = wallet.privateKey();
        byte[] publicKey = wallet.publicKey();
        if (!WalletCodec.keysValid(privateKey, publicKey)) {
            throw new IllegalArgumentException("wallet keys are malformed or do not belong together");
        }
        IxiWriter w = new IxiWriter(privateKey == null ? 700 : 3000).u8(wallet.type().symbol()).int32Bytes(wallet.baseNonce());
        if (privateKey != null) {
            w.int32Bytes(privateKey);
        }
        byte[] inner = w.int32Bytes(publicKey).int32Bytes(wallet.lastNonce()).toByteArray();
        byte[] blob = salt == null
                ? PasswordCrypto.encrypt(inner, password, AesMode.GCM)
                : PasswordCrypto.encryptWithSaltAndIv(inner, password, AesMode.GCM, salt, iv);
        return new IxiWriter(blob.length + 4).int32(VERSION).raw(blob).toByteArray();
    }
}
