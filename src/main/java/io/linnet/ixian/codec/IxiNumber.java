package io.linnet.ixian.codec;

import io.linnet.ixian.ProtocolException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Ixian amount: a signed fixed-point number with 8 decimals, held as an integer count of 10^-8 units.
 *
 * <p>Binary form = .NET {@code BigInteger.ToByteArray()} of that count: little-endian two's complement,
 * minimal, at least one byte. Text form = {@code [-]int.ffffffff}.
 */
public record IxiNumber(BigInteger units) implements Comparable<IxiNumber> {
    public static final int DECIMALS = 8;
    public static final BigInteger DIVISOR = BigInteger.TEN.pow(DECIMALS);
    /** Largest binary form accepted when decoding (amounts never need more than a few dozen bytes). */
    public static final int MAX_BYTES = 64;

    public IxiNumber {
        Objects.requireNonNull(units, "units");
    }

    /** {@code whole} IXI. */
    public static IxiNumber ofWhole(long whole) {
        return new IxiNumber(BigInteger.valueOf(whole).multiply(DIVISOR));
    }

    public static IxiNumber ofUnits(long units) {
        return new IxiNumber(BigInteger.valueOf(units));
    }

    /** .NET {@code BigInteger.ToByteArray()} of the unit count. */
    public byte[] toBytes() {
        byte[] be = units.toByteArray();
        byte[] le = new byte[be.length];
        for (int i = 0; i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }

    /** Inverse of {@link #toBytes()}; rejects empty input. */
    public static IxiNumber fromBytes(byte[] le) throws ProtocolException {
        if (le == null || le.length == 0) {
            throw new ProtocolException("IxiNumber: empty byte form");
        }
        if (le.length > MAX_BYTES) {
            throw new ProtocolException("IxiNumber: " + le.length + " bytes exceeds limit " + MAX_BYTES);
        }
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return new IxiNumber(new BigInteger(be));
    }

    /** Stream form used by transactions: {@code varint(len) ‖ bytes}. */
    public void write(IxiWriter w) {
        byte[] b = toBytes();
        w.varUInt(b.length).raw(b);
    }

    public static IxiNumber read(IxiReader r) throws ProtocolException {
        int at = r.position();
        int len = r.varUIntAtMost(MAX_BYTES, "IxiNumber length");
        if (len == 0) {
            throw new ProtocolException("IxiNumber: zero length", at);
        }
        return fromBytes(r.bytes(len, "IxiNumber"));
    }

    /** Parses {@code [-]digits[.digits]}; extra fraction digits beyond 8 are truncated, as Ixian does. */
    public static IxiNumber parse(String text) throws ProtocolException {
        String s = text.strip();
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length > 2 || parts[0].isEmpty() || !parts[0].chars().allMatch(IxiNumber::asciiDigit)
                || (parts.length == 2 && !parts[1].chars().allMatch(IxiNumber::asciiDigit))
                || parts[0].length() > 40) {
            throw new ProtocolException("IxiNumber: not a decimal amount: \"" + text + "\"");
        }
        String fraction = parts.length == 2 ? parts[1] : "";
        fraction = fraction.length() > DECIMALS ? fraction.substring(0, DECIMALS)
                : fraction + "0".repeat(DECIMALS - fraction.length());
        BigInteger v = new BigInteger(parts[0] + fraction);
        return new IxiNumber(negative ? v.negate() : v);
    }

    private static boolean asciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        BigInteger[] qr = units.abs().divideAndRemainder(DIVISOR);
        String frac = qr[1].toString();
        return (units.signum() < 0 ? "-" : "") + qr[0] + "." + "0".repeat(DECIMALS - frac.length()) + frac;
    }

    @Override
    public int compareTo(IxiNumber o) {
        return units.compareTo(o.units);
    }
}
