package io.linnet.s2.wire;

import java.util.zip.CRC32C;

/**
 * Writes the units of an Ixian v6 byte stream: framed messages, one-byte pings and time samples.
 *
 * <p>A frame is a 12-byte header followed by the payload: {@code EA}, the u16 message code, the u32
 * payload length, the u32 CRC32C of the payload (all little-endian) and one check byte, {@code 0x7F}
 * XOR-ed with the eleven bytes before it.
 */
public final class FrameEncoder {
    /** First byte of a v6 frame. */
    public static final int START = 0xEA;
    /** The one-byte keep-alive ping. */
    public static final int PING = 0x01;
    /** First byte of a 9-byte time sample. */
    public static final int TIME_SAMPLE = 0x02;
    public static final int HEADER_LENGTH = 12;
    public static final int TIME_SAMPLE_LENGTH = 9;

    private FrameEncoder() {}

    /** The complete frame: header, then payload (a copy the caller owns; {@link Frame#encoded()} avoids it). */
    public static byte[] encode(Frame frame) {
        return frame.encodedCopy();
    }

    /** Shorthand for {@code encode(new Frame(code, payload))}; refuses empty or oversized payloads. */
    public static byte[] encode(MessageCode code, byte[] payload) {
        return encode(new Frame(code, payload));
    }

    /** The 12-byte header alone, for a payload of {@code length} bytes with the given CRC32C. */
    public static byte[] header(MessageCode code, int length, int crc) {
        if (length < 1 || length > Frame.MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload length " + length + " outside 1.." + Frame.MAX_PAYLOAD);
        }
        byte[] out = new byte[HEADER_LENGTH];
        writeHeader(out, code.value(), length, crc);
        return out;
    }

    static void writeHeader(byte[] out, int code, int length, int crc) {
        out[0] = (byte) START;
        out[1] = (byte) code;
        out[2] = (byte) (code >>> 8);
        for (int i = 0; i < 4; i++) {
            out[3 + i] = (byte) (length >>> (8 * i));
            out[7 + i] = (byte) (crc >>> (8 * i));
        }
        out[11] = (byte) headerCheck(out, 0);
    }

    /** {@code 0x7F} XOR the eleven header bytes starting at {@code offset}. */
    public static int headerCheck(byte[] header, int offset) {
        int sum = 0x7F;
        for (int i = 0; i < HEADER_LENGTH - 1; i++) {
            sum ^= header[offset + i];
        }
        return sum & 0xFF;
    }

    /** CRC32C (Castagnoli) of a slice, as the unsigned 32-bit value in an int. */
    public static int crc32c(byte[] data, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }

    /** The single ping byte. */
    public static byte[] ping() {
        return new byte[] {PING};
    }

    /** A time sample: {@code 02} then the sender's network time in milliseconds as i64 LE. */
    public static byte[] timeSample(long networkTimeMillis) {
        byte[] out = new byte[TIME_SAMPLE_LENGTH];
        out[0] = TIME_SAMPLE;
        for (int i = 0; i < 8; i++) {
            out[1 + i] = (byte) (networkTimeMillis >>> (8 * i));
        }
        return out;
    }
}
