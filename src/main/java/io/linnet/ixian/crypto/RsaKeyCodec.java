package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.math.BigInteger;

/**
 * Reading and writing the pieces of Ixian's RSA key layout: an optional 5-byte prefix (key version and
 * an ignored int32), then numbers as int32 LE length plus unsigned big-endian bytes.
 */
final class RsaKeyCodec {
    /** Public key of an RSA-4096 key without the 5-byte prefix (legacy form). */
    static final int LEGACY_PUBLIC_LENGTH = 523;
    /** Private key of an RSA-4096 key without the 5-byte prefix (legacy form). */
    static final int LEGACY_PRIVATE_LENGTH = 2339;
    static final int MIN_MODULUS_BITS = 1024;
    static final int MAX_MODULUS_BITS = 8192;
    private static final int MAX_MODULUS_BYTES = MAX_MODULUS_BITS / 8;
    private static final int MAX_EXPONENT_BYTES = 16;

    private RsaKeyCodec() {}

    /** Reads the public part; {@code legacy} means the blob has no version prefix. */
    static RsaPublicKey readPublic(IxiReader r, boolean legacy) throws ProtocolException {
        int keyVersion = 0;
        if (!legacy) {
            keyVersion = r.u8("RSA key version");
            r.int32("RSA reserved field");
        }
        int at = r.position();
        byte[] modulus = minimal(r, MAX_MODULUS_BYTES, "RSA modulus");
        byte[] exponent = minimal(r, MAX_EXPONENT_BYTES, "RSA exponent");
        try {
            return new RsaPublicKey(keyVersion, new BigInteger(1, modulus), new BigInteger(1, exponent));
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(e.getMessage(), at);
        }
    }

    /** A number field that may carry leading zero bytes (private key fields are padded). */
    static BigInteger number(IxiReader r, int maxBytes, String what) throws ProtocolException {
        int at = r.position();
        byte[] b = r.int32Bytes(maxBytes, what);
        if (b == null) {
            throw new ProtocolException(what + " is empty", at);
        }
        return new BigInteger(1, b);
    }

    /** A number field that must be written without leading zeros, so it re-serialises identically. */
    private static byte[] minimal(IxiReader r, int maxBytes, String what) throws ProtocolException {
        int at = r.position();
        byte[] b = r.int32Bytes(maxBytes, what);
        if (b == null) {
            throw new ProtocolException(what + " is empty", at);
        }
        if (b[0] == 0) {
            throw new ProtocolException(what + " has a leading zero byte", at);
        }
        return b;
    }

    static void writePublic(IxiWriter w, RsaPublicKey key) {
        w.u8(key.keyVersion()).int32(0);
        writeNumber(w, key.modulus(), key.modulusBytes());
        writeNumber(w, key.exponent(), 0);
    }

    /** int32 length then the unsigned big-endian bytes of {@code value}, left-padded to {@code minLength}. */
    static void writeNumber(IxiWriter w, BigInteger value, int minLength) {
        byte[] bytes = unsigned(value, minLength);
        w.int32(bytes.length).raw(bytes);
    }

    static byte[] unsigned(BigInteger value, int minLength) {
        byte[] signed = value.toByteArray();
        int skip = signed.length > 1 && signed[0] == 0 ? 1 : 0;
        int len = signed.length - skip;
        byte[] out = new byte[Math.max(len, minLength)];
        System.arraycopy(signed, skip, out, out.length - len, len);
        return out;
    }
}
