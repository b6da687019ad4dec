package io.linnet.ixian.codec;

import io.linnet.ixian.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string compared by content, for use as a record component.
 *
 * <p>A {@code byte[]} inside a record breaks both immutability (anyone holding the array can change it)
 * and equality (arrays compare by identity). {@code Bytes} copies on the way in and on the way out, and
 * its {@link #equals}/{@link #hashCode} look at the content. Ixian formats mostly cannot tell an absent
 * byte string from an empty one, so wire types use {@link #EMPTY} for both.
 *
 * <p>The {@code read…} factories wrap the freshly read copy without copying it again, and the
 * {@code write…} methods hand the content to an {@link IxiWriter} without exposing it, so even a 50 MB
 * payload is copied only once per direction.
 */
public final class Bytes {
    /** The empty byte string; also stands for "absent" wherever the wire makes no difference. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    /** How many leading bytes {@link #toString()} shows before eliding the rest. */
    private static final int TO_STRING_LIMIT = 64;

    private final byte[] value;

    private Bytes(byte[] owned) {
        this.value = owned;
    }

    /** A copy of {@code bytes}; {@code null} gives {@link #EMPTY}. */
    public static Bytes of(byte[] bytes) {
        return bytes == null || bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /** The UTF-8 encoding of {@code text}. */
    public static Bytes utf8(String text) {
        return wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Bytes wrap(byte[] owned) {
        return owned == null || owned.length == 0 ? EMPTY : new Bytes(owned);
    }

    /** Reads exactly {@code n} bytes. */
    public static Bytes read(IxiReader r, int n, String what) throws ProtocolException {
        return wrap(r.bytes(n, what));
    }

    /** Reads an IxiBytes field (varint length); length 0 gives {@link #EMPTY}. */
    public static Bytes readIxiBytes(IxiReader r, int max, String what) throws ProtocolException {
        return wrap(r.ixiBytes(max, what));
    }

    /** Reads an int32-length-prefixed field; length 0 gives {@link #EMPTY}, negative lengths fail. */
    public static Bytes readInt32Bytes(IxiReader r, int max, String what) throws ProtocolException {
        return wrap(r.int32Bytes(max, what));
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** A fresh copy of the content. */
    public byte[] toByteArray() {
        return value.clone();
    }

    /** Whether the content equals {@code other} (a {@code null} array counts as empty). */
    public boolean contentEquals(byte[] other) {
        return Arrays.equals(value, other == null ? EMPTY.value : other);
    }

    /** Appends the raw content (no length). */
    public void writeRaw(IxiWriter w) {
        w.raw(value);
    }

    /** Appends IxiBytes: varint length then content ({@link #EMPTY} is the single byte {@code 00}). */
    public void writeIxiBytes(IxiWriter w) {
        w.ixiBytes(value);
    }

    /** Appends int32 LE length then content. */
    public void writeInt32Bytes(IxiWriter w) {
        w.int32Bytes(value);
    }

    public String toHex() {
        return HexFormat.of().formatHex(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    /** Hex, shortened for long content so that records holding large payloads stay printable. */
    @Override
    public String toString() {
        if (value.length <= TO_STRING_LIMIT) {
            return toHex();
        }
        return HexFormat.of().formatHex(value, 0, TO_STRING_LIMIT) + "…(" + value.length + " bytes)";
    }
}
