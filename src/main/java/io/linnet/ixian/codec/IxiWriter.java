package io.linnet.ixian.codec;

import java.util.Arrays;

/**
 * Growable little-endian byte writer for Ixian formats: IxiVarInt, IxiBytes, .NET {@code BinaryWriter}
 * primitives (int32/int64 LE, bool, 7-bit-length UTF-8 strings) and raw bytes.
 */
public final class IxiWriter {
    private byte[] buf;
    private int size;

    public IxiWriter() {
        this(64);
    }

    public IxiWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int extra) {
        int need = size + extra;
        if (need < 0) {
            throw new IllegalStateException("encoded data exceeds 2 GiB");
        }
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(need, buf.length * 2));
        }
    }

    public IxiWriter u8(int value) {
        ensure(1);
        buf[size++] = (byte) value;
        return this;
    }

    public IxiWriter bool(boolean value) {
        return u8(value ? 1 : 0);
    }

    public IxiWriter int16(int value) {
        ensure(2);
        buf[size++] = (byte) value;
        buf[size++] = (byte) (value >>> 8);
        return this;
    }

    public IxiWriter int32(int value) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buf[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    public IxiWriter int64(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    public IxiWriter raw(byte[] bytes) {
        return raw(bytes, 0, bytes.length);
    }

    public IxiWriter raw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buf, size, length);
        size += length;
        return this;
    }

    /** Signed IxiVarInt (shortest form). */
    public IxiWriter varInt(long value) {
        if (value >= 0) {
            return varUInt(value);
        }
        long magnitude = -value; // Long.MIN_VALUE stays 2^63 when read as unsigned
        if (Long.compareUnsigned(magnitude, 0xFFFFL) <= 0) {
            u8(IxiVarInt.NEG16).int16((int) magnitude);
        } else if (Long.compareUnsigned(magnitude, 0xFFFF_FFFFL) <= 0) {
            u8(IxiVarInt.NEG32).int32((int) magnitude);
        } else {
            u8(IxiVarInt.NEG64).int64(magnitude);
        }
        return this;
    }

    /** Unsigned IxiVarInt (shortest form); {@code value} is read as an unsigned 64-bit number. */
    public IxiWriter varUInt(long value) {
        if (Long.compareUnsigned(value, IxiVarInt.MAX_SINGLE_BYTE) <= 0) {
            u8((int) value);
        } else if (Long.compareUnsigned(value, 0xFFFFL) <= 0) {
            u8(IxiVarInt.POS16).int16((int) value);
        } else if (Long.compareUnsigned(value, 0xFFFF_FFFFL) <= 0) {
            u8(IxiVarInt.POS32).int32((int) value);
        } else {
            u8(IxiVarInt.POS64).int64(value);
        }
        return this;
    }

    /** IxiBytes: varint length then the bytes; {@code null} and empty both encode as {@code 00}. */
    public IxiWriter ixiBytes(byte[] bytes) {
        if (bytes == null) {
            return u8(0);
        }
        varUInt(bytes.length);
        return raw(bytes);
    }

    /** int32 LE length then the bytes; {@code null} writes length 0. */
    public IxiWriter int32Bytes(byte[] bytes) {
        if (bytes == null) {
            return int32(0);
        }
        int32(bytes.length);
        return raw(bytes);
    }

    /** .NET {@code BinaryWriter.Write(string)}: 7-bit-encoded UTF-8 byte length, then UTF-8. */
    public IxiWriter dotNetString(String value) {
        byte[] utf8 = DotNetUtf8.encode(value);
        int len = utf8.length;
        while (len >= 0x80) {
            u8((len & 0x7F) | 0x80);
            len >>>= 7;
        }
        u8(len);
        return raw(utf8);
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
