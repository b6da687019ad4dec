package io.linnet.ixian.codec;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** IxiBytes and .NET BinaryWriter encodings: ixian-primitives.md §0, §2 and §11.2. */
class IxiReaderWriterTest {

    @Test
    void ixiBytesVectors() throws ProtocolException {
        assertEquals("00", h(new IxiWriter().ixiBytes(null).toByteArray()));
        assertEquals("00", h(new IxiWriter().ixiBytes(new byte[0]).toByteArray()));
        assertEquals("03010203", h(new IxiWriter().ixiBytes(b("010203")).toByteArray()));
        byte[] aa247 = new byte[247];
        Arrays.fill(aa247, (byte) 0xaa);
        assertEquals("f7aaaa", h(new IxiWriter().ixiBytes(aa247).toByteArray()).substring(0, 6));
        byte[] aa248 = Arrays.copyOf(aa247, 248);
        aa248[247] = (byte) 0xaa;
        byte[] enc = new IxiWriter().ixiBytes(aa248).toByteArray();
        assertEquals("fcf800aa", h(enc).substring(0, 8));
        assertArrayEquals(aa248, new IxiReader(enc).ixiBytes(1000, "x"));
        assertNull(new IxiReader(b("00")).ixiBytes(10, "x"), "length 0 decodes to null");
    }

    @Test
    void ixiBytesLengthIsBoundedByLimitAndInput() {
        // a length of 2^32-1 with 3 bytes of body: must fail fast without allocating
        assertThrows(ProtocolException.class, () -> new IxiReader(b("fdffffffff010203")).ixiBytes(Integer.MAX_VALUE, "x"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("05010203")).ixiBytes(100, "x"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("03010203")).ixiBytes(2, "x"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("feffffffffffffffff")).ixiBytes(100, "x"));
    }

    @Test
    void dotNetStringVectors() throws ProtocolException {
        assertEquals("05697869616e", h(new IxiWriter().dotNetString("ixian").toByteArray()));
        assertEquals("00", h(new IxiWriter().dotNetString("").toByteArray()));
        assertEquals("02c48d", h(new IxiWriter().dotNetString("č").toByteArray()));
        assertEquals("c80161", h(new IxiWriter().dotNetString("a".repeat(200)).toByteArray()).substring(0, 6));
        byte[] big = new IxiWriter().dotNetString("a".repeat(20000)).toByteArray();
        assertEquals("a09c0161", h(big).substring(0, 8));
        assertEquals("a".repeat(20000), new IxiReader(big).dotNetString(20000, "s"));
        assertEquals("č", new IxiReader(b("02c48d")).dotNetString(10, "s"));
    }

    @Test
    void loneSurrogatesEncodeAsDotNetDoes() {
        assertEquals("03efbfbd", h(new IxiWriter().dotNetString("\ud800").toByteArray()));
        assertEquals("0461efbfbd", h(new IxiWriter().dotNetString("a\udc00").toByteArray()).substring(0, 10));
    }

    @Test
    void dotNetStringRejectsBadInput() {
        assertThrows(ProtocolException.class, () -> new IxiReader(b("05697869")).dotNetString(100, "s"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("02c328")).dotNetString(100, "s"), "bad UTF-8");
        assertThrows(ProtocolException.class, () -> new IxiReader(b("ffffffffff0f")).dotNetString(100, "s"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("0a61")).dotNetString(5, "s"));
    }

    @Test
    void littleEndianIntegers() throws ProtocolException {
        byte[] enc = new IxiWriter().int32(0x01020304).int64(-2L).int16(0xBEEF).bool(true).toByteArray();
        assertEquals("04030201" + "feffffffffffffff" + "efbe" + "01", h(enc));
        IxiReader r = new IxiReader(enc);
        assertEquals(0x01020304, r.int32("a"));
        assertEquals(-2L, r.int64("b"));
        assertEquals((short) 0xBEEF, r.int16("c"));
        assertTrue(r.bool("d"));
        assertFalse(r.hasRemaining());
        r.expectEnd("x");
    }

    @Test
    void int32BytesRejectsNegativeAndOversizedLengths() {
        assertThrows(ProtocolException.class, () -> new IxiReader(b("ffffffff")).int32Bytes(100, "x"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("10000000aa")).int32Bytes(100, "x"));
    }

    @Test
    void trailingBytesAreReported() throws ProtocolException {
        IxiReader r = new IxiReader(b("0102"));
        r.u8("a");
        ProtocolException e = assertThrows(ProtocolException.class, () -> r.expectEnd("msg"));
        assertEquals(1, e.offset());
    }
}
