package io.linnet.ixian.codec;

import io.linnet.ixian.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bounds-checked reader over a byte array for Ixian formats.
 *
 * <p>Every read checks the remaining length first and every length field is checked against both the
 * bytes that remain and a caller-supplied maximum, so a hostile length can neither over-read nor make
 * the reader allocate more than the input holds. All failures are {@link ProtocolException}s naming the
 * field and the offset.
 */
public final class IxiReader {
    private final byte[] data;
    private final int end;
    private int pos;

    public IxiReader(byte[] data) {
        this(data, 0, data.length);
    }

    public IxiReader(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IllegalArgumentException("slice out of range");
        }
        this.data = data;
        this.pos = offset;
        this.end = offset + length;
    }

    public int position() {
        return pos;
    }

    public int remaining() {
        return end - pos;
    }

    public boolean hasRemaining() {
        return pos < end;
    }

    private void need(int n, String what) throws ProtocolException {
        if (n < 0 || n > end - pos) {
            throw new ProtocolException("truncated " + what + ": need " + n + " bytes, have " + (end - pos), pos);
        }
    }

    public int u8(String what) throws ProtocolException {
        need(1, what);
        return data[pos++] & 0xFF;
    }

    /** .NET bool: any non-zero byte is true. */
    public boolean bool(String what) throws ProtocolException {
        return u8(what) != 0;
    }

    public short int16(String what) throws ProtocolException {
        need(2, what);
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
        pos += 2;
        return (short) v;
    }

    public int int32(String what) throws ProtocolException {
        need(4, what);
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (data[pos + i] & 0xFF) << (8 * i);
        }
        pos += 4;
        return v;
    }

    public long int64(String what) throws ProtocolException {
        need(8, what);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) (data[pos + i] & 0xFF) << (8 * i);
        }
        pos += 8;
        return v;
    }

    public byte[] bytes(int n, String what) throws ProtocolException {
        need(n, what);
        byte[] out = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return out;
    }

    /** All bytes up to the end of the input. */
    public byte[] rest() {
        byte[] out = Arrays.copyOfRange(data, pos, end);
        pos = end;
        return out;
    }

    /** Signed IxiVarInt; accepts non-canonical forms, rejects FB/FF and magnitudes outside {@code long}. */
    public long varInt(String what) throws ProtocolException {
        int start = pos;
        int t = u8(what);
        if (t <= IxiVarInt.MAX_SINGLE_BYTE) {
            return t;
        }
        return switch (t) {
            case IxiVarInt.NEG16 -> -(int16(what) & 0xFFFFL);
            case IxiVarInt.NEG32 -> -(int32(what) & 0xFFFF_FFFFL);
            case IxiVarInt.NEG64 -> {
                long m = int64(what);
                if (m < 0 && m != Long.MIN_VALUE) {
                    throw new ProtocolException(what + ": negative varint below -2^63", start);
                }
                yield -m; // magnitude 2^63 gives Long.MIN_VALUE
            }
            case IxiVarInt.POS16 -> int16(what) & 0xFFFFL;
            case IxiVarInt.POS32 -> int32(what) & 0xFFFF_FFFFL;
            case IxiVarInt.POS64 -> {
                long v = int64(what);
                if (v < 0) {
                    throw new ProtocolException(what + ": varint exceeds 2^63-1", start);
                }
                yield v;
            }
            default -> throw new ProtocolException(what + ": reserved varint prefix 0x" + Integer.toHexString(t), start);
        };
    }

    /**
     * Unsigned IxiVarInt over the full 64-bit range (the result is to be read as unsigned); rejects the
     * signed prefixes F8..FB and the reserved FF.
     */
    public long varUInt(String what) throws ProtocolException {
        int start = pos;
        int t = u8(what);
        if (t <= IxiVarInt.MAX_SINGLE_BYTE) {
            return t;
        }
        return switch (t) {
            case IxiVarInt.POS16 -> int16(what) & 0xFFFFL;
            case IxiVarInt.POS32 -> int32(what) & 0xFFFF_FFFFL;
            case IxiVarInt.POS64 -> int64(what);
            default -> throw new ProtocolException(
                    what + ": prefix 0x" + Integer.toHexString(t) + " is not an unsigned varint", start);
        };
    }

    /** Unsigned varint that must lie in {@code [0, max]}. */
    public int varUIntAtMost(int max, String what) throws ProtocolException {
        int start = pos;
        long v = varUInt(what);
        if (v < 0 || v > max) {
            throw new ProtocolException(what + " " + Long.toUnsignedString(v) + " exceeds limit " + max, start);
        }
        return (int) v;
    }

    /** A length field: unsigned varint, at most {@code max} and at most the bytes that remain. */
    private int length(long value, int start, int max, String what) throws ProtocolException {
        if (value < 0 || value > max) {
            throw new ProtocolException(what + ": length " + value + " exceeds limit " + max, start);
        }
        if (value > end - pos) {
            throw new ProtocolException(what + ": length " + value + " exceeds the " + (end - pos) + " bytes left", start);
        }
        return (int) value;
    }

    /** IxiBytes: varint length then bytes; length 0 reads as {@code null}, as in Ixian-Core. */
    public byte[] ixiBytes(int max, String what) throws ProtocolException {
        int start = pos;
        int n = length(varUInt(what), start, max, what);
        return n == 0 ? null : bytes(n, what);
    }

    /** int32 LE length then bytes; length 0 reads as {@code null}. Negative lengths are rejected. */
    public byte[] int32Bytes(int max, String what) throws ProtocolException {
        int start = pos;
        int n = length(int32(what), start, max, what);
        return n == 0 ? null : bytes(n, what);
    }

    /** .NET {@code BinaryReader.ReadString()}: 7-bit length (at most 5 bytes), strict UTF-8. */
    public String dotNetString(int maxBytes, String what) throws ProtocolException {
        int start = pos;
        long len = 0;
        int shift = 0;
        while (true) {
            int b = u8(what);
            len |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            shift += 7;
            if (shift >= 35) {
                throw new ProtocolException(what + ": string length prefix longer than 5 bytes", start);
            }
        }
        int n = length(len, start, maxBytes, what);
        int at = pos;
        byte[] utf8 = bytes(n, what);
        return utf8(utf8, at, what);
    }

    /** Strict UTF-8 decoding (malformed sequences are an error, not replaced). */
    public static String utf8(byte[] bytes, int offset, String what) throws ProtocolException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException(what + ": invalid UTF-8", offset, e);
        }
    }

    /** Fails unless every byte was consumed. */
    public void expectEnd(String what) throws ProtocolException {
        if (pos != end) {
            throw new ProtocolException(what + ": " + (end - pos) + " unexpected trailing bytes", pos);
        }
    }
}
