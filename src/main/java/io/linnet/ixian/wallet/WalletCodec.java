package io.linnet.ixian.wallet;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.crypto.RsaPublicKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reads and writes Ixian wallet files. A pure codec: bytes in, bytes out, no file access.
 *
 * <p>Reads versions 1, 2 and 4 (fields each under AES-128-CBC password encryption; version 4 may be a
 * viewing wallet) and 5 (one AES-128-GCM password-encrypted block), also when the file is the
 * {@code IXIHEX} text form (the ASCII prefix {@code IXIHEX} followed by the file in hex). Version 3
 * cannot be read by Ixian-Core either and is refused. Writes version 5, full or viewing.
 *
 * <p>Key material is checked on reading: the public key must parse, and a private key must parse and
 * belong to it.
 */
public final class WalletCodec {
    /** Ixian refuses shorter passwords (counted in UTF-16 units) when writing. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** Upper bound for any decrypted wallet field (an RSA-8192 private key fits). */
    static final int MAX_FIELD_BYTES = 16_384;
    private static final byte[] IXIHEX = "IXIHEX".getBytes(StandardCharsets.US_ASCII);

    private WalletCodec() {}

    /**
     * Decodes a wallet file.
     *
     * @throws ProtocolException      the file is truncated, has an unknown version or a broken layout
     * @throws WrongPasswordException the password does not open it (or an encrypted field was altered)
     */
    public static Wallet read(byte[] file, String password) throws ProtocolException, WrongPasswordException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        byte[] bin = isIxiHex(file) ? fromIxiHex(file) : file;
        IxiReader r = new IxiReader(bin);
        int version = r.int32("wallet version");
        return switch (version) {
            case 1, 2, 4 -> LegacyWallets.read(version, r, password);
            case 5 -> WalletV5.read(r, password);
            case 3 -> throw new ProtocolException("version 3 wallets are not supported (Ixian-Core cannot read them)", 0);
            default -> throw new ProtocolException("unknown wallet version " + version, 0);
        };
    }

    /**
     * Encodes a version-5 {@code wallet} (full or viewing) as a version-5 file. Wallets read from older
     * files are refused: version 5 hashes the secondary-address chain differently, so re-encoding
     * would silently move every secondary address (keep the original file instead).
     *
     * @throws IllegalArgumentException password shorter than {@link #MIN_PASSWORD_LENGTH}, a wallet of
     *                                  another version, or keys that do not parse or belong together
     */
    public static byte[] writeV5(Wallet wallet, String password) {
        check(wallet, password);
        return WalletV5.write(wallet, password, null, null);
    }

    /** {@link #writeV5} with a given 16-byte salt and 12-byte IV, for test vectors. */
    static byte[] writeV5(Wallet wallet, String password, byte[] salt, byte[] iv) {
        check(wallet, password);
        return WalletV5.write(wallet, password, salt, iv);
    }

    private static void check(Wallet wallet, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("wallet passwords need at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (wallet.version() != WalletV5.VERSION) {
            throw new IllegalArgumentException("a version " + wallet.version()
                    + " wallet cannot be re-encoded as version 5: its address chain would change");
        }
    }

    /** True if the public key parses and, when given, the private key parses and matches it. */
    static boolean keysValid(byte[] privateKey, byte[] publicKey) {
        try {
            RsaPublicKey pub = RsaPublicKey.fromIxianBytes(publicKey);
            if (privateKey == null) {
                return true;
            }
            RsaPublicKey ofPrivate = RsaPrivateKey.fromIxianBytes(privateKey).publicKey();
            return ofPrivate.modulus().equals(pub.modulus()) && ofPrivate.exponent().equals(pub.exponent());
        } catch (ProtocolException e) {
            return false;
        }
    }

    private static boolean isIxiHex(byte[] file) {
        return file.length >= IXIHEX.length && Arrays.equals(file, 0, IXIHEX.length, IXIHEX, 0, IXIHEX.length);
    }

    private static byte[] fromIxiHex(byte[] file) throws ProtocolException {
        String text = new String(file, IXIHEX.length, file.length - IXIHEX.length, StandardCharsets.ISO_8859_1).strip();
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("IXIHEX wallet text is not valid hex", IXIHEX.length, e);
        }
    }
}
