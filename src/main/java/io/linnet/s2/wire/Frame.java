package io.linnet.s2.wire;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One framed message: a code and its payload.
 *
 * <p>The payload is never empty (the network treats a zero length as a broken header) and at most
 * {@link #MAX_PAYLOAD} bytes. The array is copied on the way in and out.
 */
public record Frame(MessageCode code, byte[] payload) {
    /** Largest payload the network allows in one frame. */
    public static final int MAX_PAYLOAD = 50_000_000;

    public Frame {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(payload, "payload");
        if (payload.length == 0) {
            throw new IllegalArgumentException("a frame payload must not be empty");
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("frame payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Payload length without copying. */
    public int length() {
        return payload.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && code.equals(f.code) && Arrays.equals(payload, f.payload);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        String head = HexFormat.of().formatHex(payload, 0, Math.min(payload.length, 16));
        return "Frame[" + code + ", " + payload.length + " bytes: " + head + (payload.length > 16 ? "…]" : "]");
    }
}
