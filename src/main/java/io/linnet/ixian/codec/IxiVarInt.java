package io.linnet.ixian.codec;

/**
 * Ixian's variable-length integer: one prefix byte, then 0, 2, 4 or 8 little-endian bytes.
 *
 * <p>Values 0..247 are the prefix byte itself. {@code FC}/{@code FD}/{@code FE} carry a non-negative
 * uint16/uint32/uint64; {@code F8}/{@code F9}/{@code FA} carry the magnitude of a negative number.
 * {@code FB} and {@code FF} are reserved and always rejected. Writers always pick the shortest form;
 * readers (in {@link IxiReader}) also accept longer, non-canonical forms, as Ixian-Core does.
 */
public final class IxiVarInt {
    /** Largest value stored in the prefix byte alone. */
    public static final int MAX_SINGLE_BYTE = 0xF7;

    static final int NEG16 = 0xF8;
    static final int NEG32 = 0xF9;
    static final int NEG64 = 0xFA;
    static final int RESERVED_NEG = 0xFB;
    static final int POS16 = 0xFC;
    static final int POS32 = 0xFD;
    static final int POS64 = 0xFE;
    static final int RESERVED = 0xFF;

    private IxiVarInt() {}

    /** Encodes a signed value (negative values use the F8..FA prefixes). */
    public static byte[] encode(long value) {
        IxiWriter w = new IxiWriter(9);
        w.varInt(value);
        return w.toByteArray();
    }

    /** Encodes an unsigned 64-bit value ({@code value} is read as unsigned, so -1 means 2^64-1). */
    public static byte[] encodeUnsigned(long value) {
        IxiWriter w = new IxiWriter(9);
        w.varUInt(value);
        return w.toByteArray();
    }

    /** Number of bytes {@link #encodeUnsigned(long)} produces for {@code value}. */
    public static int sizeUnsigned(long value) {
        if (Long.compareUnsigned(value, MAX_SINGLE_BYTE) <= 0) {
            return 1;
        }
        if (Long.compareUnsigned(value, 0xFFFFL) <= 0) {
            return 3;
        }
        if (Long.compareUnsigned(value, 0xFFFF_FFFFL) <= 0) {
            return 5;
        }
        return 9;
    }
}
