package io.linnet.s2.wire;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One framed message: a code and its payload.
 *
 * <p>The payload is never empty (the network treats a zero length as a broken header) and at most
 * {@link #MAX_PAYLOAD} bytes. The payload array is copied on the way in and out.
 *
 * <p>A frame keeps its whole network form (12-byte header, then the payload): built once when the frame
 * is made from a code and payload, or the very bytes a {@link FrameDecoder} received and checked. So a
 * frame that is passed on unchanged (a relay forwarding {@code s2data}) is written without being encoded
 * or checksummed again; {@link #encoded()} gives read-only access to those bytes.
 */
public final class Frame {
    /** Largest payload the network allows in one frame. */
    public static final int MAX_PAYLOAD = 50_000_000;

    private final MessageCode code;
    /** Header and payload as on the wire; never changed after construction. */
    private final byte[] wire;

    public Frame(MessageCode code, byte[] payload) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(payload, "payload");
        if (payload.length == 0) {
            throw new IllegalArgumentException("a frame payload must not be empty");
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("frame payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        this.code = code;
        this.wire = new byte[FrameEncoder.HEADER_LENGTH + payload.length];
        System.arraycopy(payload, 0, wire, FrameEncoder.HEADER_LENGTH, payload.length);
        FrameEncoder.writeHeader(wire, code.value(), payload.length, FrameEncoder.crc32c(payload, 0, payload.length));
    }

    /** A frame over bytes the decoder assembled and checked; {@code wire} is not copied and must not change. */
    private Frame(byte[] wire, MessageCode code) {
        this.code = code;
        this.wire = wire;
    }

    /** Used by {@link FrameDecoder}: a complete, checked header and payload, handed over without a copy. */
    static Frame received(MessageCode code, byte[] wire) {
        return new Frame(wire, code);
    }

    public MessageCode code() {
        return code;
    }

    /** A copy of the payload. */
    public byte[] payload() {
        return Arrays.copyOfRange(wire, FrameEncoder.HEADER_LENGTH, wire.length);
    }

    /** Reads a payload in place; see {@link #readPayload}. */
    @FunctionalInterface
    public interface PayloadReader<T, E extends Exception> {
        /** Reads {@code length} payload bytes of {@code bytes} from {@code offset}; must neither change nor keep them. */
        T read(byte[] bytes, int offset, int length) throws E;
    }

    /**
     * Hands the payload to {@code reader} without copying it (a relay peeks at every frame it forwards).
     * The reader sees the frame's own bytes: it must not change them or keep a reference.
     */
    public <T, E extends Exception> T readPayload(PayloadReader<T, E> reader) throws E {
        return reader.read(wire, FrameEncoder.HEADER_LENGTH, length());
    }

    /** Payload length without copying. */
    public int length() {
        return wire.length - FrameEncoder.HEADER_LENGTH;
    }

    /** Bytes of the whole frame on the wire (header and payload). */
    public int encodedLength() {
        return wire.length;
    }

    /** The network form (header, then payload) as a new read-only buffer over the frame's own bytes. */
    public ByteBuffer encoded() {
        return ByteBuffer.wrap(wire).asReadOnlyBuffer();
    }

    /** A copy of the network form. */
    byte[] encodedCopy() {
        return wire.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && code.equals(f.code) && Arrays.equals(wire, FrameEncoder.HEADER_LENGTH,
                wire.length, f.wire, FrameEncoder.HEADER_LENGTH, f.wire.length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = FrameEncoder.HEADER_LENGTH; i < wire.length; i++) {
            h = 31 * h + wire[i];
        }
        return 31 * code.hashCode() + h;
    }

    @Override
    public String toString() {
        int n = length();
        String head = HexFormat.of().formatHex(wire, FrameEncoder.HEADER_LENGTH,
                FrameEncoder.HEADER_LENGTH + Math.min(n, 16));
        return "Frame[" + code + ", " + n + " bytes: " + head + (n > 16 ? "…]" : "]");
    }
}
