package io.linnet.ixian.codec;

import io.linnet.ixian.ProtocolException;
import java.math.BigInteger;
import java.util.Arrays;

/** Plain Base58 with the Bitcoin alphabet (Ixian appends its own checksum before encoding). */
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

    private static byte[] stripSign(byte[] be) {
        return be[0] == 0 ? Arrays.copyOfRange(be, 1, be.length) : be;
    }
}
