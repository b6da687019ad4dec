package io.linnet.ixian.codec;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void copiesInAndOutAndComparesByContent() {
        byte[] raw = b("010203");
        Bytes x = Bytes.of(raw);
        raw[0] = 9;
        assertEquals("010203", x.toHex(), "later changes to the source array do not leak in");
        byte[] out = x.toByteArray();
        out[1] = 9;
        assertEquals("010203", x.toHex(), "changes to a returned array do not leak in");
        assertEquals(Bytes.of(b("010203")), x);
        assertEquals(Bytes.of(b("010203")).hashCode(), x.hashCode());
        assertNotEquals(Bytes.of(b("0102")), x);
        assertTrue(x.contentEquals(b("010203")));
        assertEquals(3, x.length());
    }

    @Test
    void nullAndEmptyAreTheEmptyInstance() {
        assertSame(Bytes.EMPTY, Bytes.of(null));
        assertSame(Bytes.EMPTY, Bytes.of(new byte[0]));
        assertSame(Bytes.EMPTY, Bytes.utf8(""));
        assertTrue(Bytes.EMPTY.contentEquals(null));
    }

    @Test
    void readersAndWriters() throws ProtocolException {
        IxiReader r = new IxiReader(b("0201020300000004050600aa"));
        assertEquals(Bytes.of(b("0102")), Bytes.readIxiBytes(r, 10, "a"));
        assertEquals(Bytes.of(b("040506")), Bytes.readInt32Bytes(r, 10, "b"));
        assertSame(Bytes.EMPTY, Bytes.readIxiBytes(r, 10, "c"));
        assertEquals(Bytes.of(b("aa")), Bytes.read(r, 1, "d"));
        assertEquals(0, r.remaining());
        assertThrows(ProtocolException.class, () -> Bytes.readIxiBytes(new IxiReader(b("030102")), 10, "short"));
        assertThrows(ProtocolException.class, () -> Bytes.read(new IxiReader(b("01")), 2, "short"));

        IxiWriter w = new IxiWriter();
        Bytes.of(b("0102")).writeIxiBytes(w);
        Bytes.of(b("0102")).writeInt32Bytes(w);
        Bytes.EMPTY.writeIxiBytes(w);
        Bytes.of(b("ff")).writeRaw(w);
        assertEquals("020102" + "020000000102" + "00" + "ff", h(w.toByteArray()));
    }

    @Test
    void toStringShortensLongContent() {
        assertEquals("0102", Bytes.of(b("0102")).toString());
        String s = Bytes.of(new byte[1000]).toString();
        assertEquals(128 + "…(1000 bytes)".length(), s.length());
        assertTrue(s.endsWith("…(1000 bytes)"));
        assertEquals("c48d", Bytes.utf8("č").toHex());
    }
}
