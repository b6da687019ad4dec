package io.linnet.ixian.spixi;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiVarInt;
import io.linnet.ixian.codec.IxiWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Field codecs shared by several payload models. */
final class WireFields {
    private WireFields() {}

    /** Highest protocol version the one-raw-byte version fields can carry and still read back as a varint. */
    static final int MAX_PROTOCOL_VERSION = IxiVarInt.MAX_SINGLE_BYTE;

    /** Capability masks are non-negative 32-bit integers in IxiVarInt form. */
    static StreamCapabilities readCapabilities(IxiReader r) throws ProtocolException {
        return new StreamCapabilities(r.varUIntAtMost(Integer.MAX_VALUE, "capabilities"));
    }

    /** Ixian writes protocol versions as one raw byte and reads them as an unsigned varint. */
    static int readProtocolVersion(IxiReader r, String what) throws ProtocolException {
        return r.varUIntAtMost(MAX_PROTOCOL_VERSION, what);
    }

    static void checkProtocolVersion(int version, String what) {
        if (version < 0 || version > MAX_PROTOCOL_VERSION) {
            throw new IllegalArgumentException(what + " must be 0.." + MAX_PROTOCOL_VERSION + ": " + version);
        }
    }

    /** IxiBytes holding UTF-8 text; {@code 00} reads as the empty string. */
    static String readUtf8(IxiReader r, int maxBytes, String what) throws ProtocolException {
        int at = r.position();
        byte[] b = r.ixiBytes(maxBytes, what);
        return b == null ? "" : IxiReader.utf8(b, at, what);
    }

    /** IxiBytes holding UTF-8 text; the empty string writes {@code 00}. */
    static void writeUtf8(IxiWriter w, String text) {
        w.ixiBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Fails unless {@code text} fits in {@code maxBytes} UTF-8 bytes. */
    static String checkUtf8(String text, int maxBytes, String what) {
        if (text == null) {
            throw new NullPointerException(what);
        }
        int n = text.getBytes(StandardCharsets.UTF_8).length;
        if (n > maxBytes) {
            throw new IllegalArgumentException(what + " is " + n + " UTF-8 bytes, limit " + maxBytes);
        }
        return text;
    }

    /** Fails unless {@code value} is non-null and at most {@code max} bytes long. */
    static Bytes checkBytes(Bytes value, int max, String what) {
        if (value == null) {
            throw new NullPointerException(what);
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " is " + value.length() + " bytes, limit " + max);
        }
        return value;
    }

    /** Like {@link #checkBytes} and also non-empty. */
    static Bytes checkNonEmpty(Bytes value, int max, String what) {
        checkBytes(value, max, what);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    /**
     * Runs a record constructor on decoded fields: the constructors hold the semantic rules, and a
     * violation found while decoding is malformed input, not a programming error.
     */
    static <T> T build(String what, Supplier<T> constructor) throws ProtocolException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(what + ": " + e.getMessage(), e);
        }
    }
}
