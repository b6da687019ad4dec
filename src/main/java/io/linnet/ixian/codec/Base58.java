package io.linnet.ixian.codec;

import io.linnet.ixian.ProtocolException;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Base58 with the Bitcoin alphabet. Ixian's text forms use the plain variant and append their own
 * checksum before encoding (see {@code Address}); {@link #encodeCheck}/{@link #decodeCheck} are the
 * generic Base58Check (a 4-byte SHA-256² checksum) for formats that want it.
 */
public final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final int[] INDEX = new int[128];
    /** Longest text accepted by {@link #decode(String)}: well above any Ixian address or key. */
    public static final int MAX_TEXT = 4096;

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
        }
    }

    private Base58() {}

    public static String encode(byte[] data) {
        int zeros = 0;
        while (zeros < data.length && data[zeros] == 0) {
            zeros++;
        }
        StringBuilder sb = new StringBuilder();
        BigInteger v = new BigInteger(1, data);
        while (v.signum() > 0) {
            BigInteger[] qr = v.divideAndRemainder(BASE);
            sb.append(ALPHABET.charAt(qr[1].intValue()));
            v = qr[0];
        }
        sb.append("1".repeat(zeros));
        return sb.reverse().toString();
    }

    public static byte[] decode(String text) throws ProtocolException {
        if (text.length() > MAX_TEXT) {
            throw new ProtocolException("Base58: text longer than " + MAX_TEXT + " characters");
        }
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? INDEX[c] : -1;
            if (digit < 0) {
                throw new ProtocolException("Base58: invalid character '" + c + "'", i);
            }
            v = v.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        int ones = 0;
        while (ones < text.length() && text.charAt(ones) == '1') {
            ones++;
        }
        byte[] magnitude = v.signum() == 0 ? new byte[0] : stripSign(v.toByteArray());
        byte[] out = new byte[ones + magnitude.length];
        System.arraycopy(magnitude, 0, out, ones, magnitude.length);
        return out;
    }

    /** Base58Check: {@code base58(payload ‖ first4(SHA-256(SHA-256(payload))))}. */
    public static String encodeCheck(byte[] payload) {
        byte[] out = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(checksum4(payload, payload.length), 0, out, payload.length, 4);
        return encode(out);
    }

    /** Inverse of {@link #encodeCheck}; a wrong or missing checksum is a ProtocolException. */
    public static byte[] decodeCheck(String text) throws ProtocolException {
        byte[] raw = decode(text);
        if (raw.length < 4) {
            throw new ProtocolException("Base58Check: " + raw.length + " bytes cannot hold a checksum");
        }
        int n = raw.length - 4;
        if (!Arrays.equals(checksum4(raw, n), 0, 4, raw, n, raw.length)) {
            throw new ProtocolException("Base58Check: checksum mismatch");
        }
        return Arrays.copyOf(raw, n);
    }

    private static byte[] checksum4(byte[] data, int length) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(data, 0, length);
            return sha.digest(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] stripSign(byte[] be) {
        return be[0] == 0 ? Arrays.copyOfRange(be, 1, be.length) : be;
    }
}
