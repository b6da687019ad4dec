package io.linnet.ixian.codec;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IxiNumber vectors, ixian-primitives.md §11.3. */
class IxiNumberTest {

    @ParameterizedTest
    @CsvSource({
        "0, 00, 0.00000000",
        "1, 01, 0.00000001",
        "128, 8000, 0.00000128",
        "50000000, 80f0fa02, 0.50000000",
        "100000000, 00e1f505, 1.00000000",
        "200000000, 00c2eb0b, 2.00000000",
        "2150000000, 8065268000, 21.50000000",
        "-100000000, 001f0afa, -1.00000000",
        "-1, ff, -0.00000001",
        "100000000000000000, 00008a5d78456301, 1000000000.00000000",
    })
    void vectors(String units, String bytesHex, String text) throws ProtocolException {
        IxiNumber n = new IxiNumber(new BigInteger(units));
        assertEquals(bytesHex, h(n.toBytes()));
        assertEquals(n, IxiNumber.fromBytes(b(bytesHex)));
        assertEquals(text, n.toString());
        assertEquals(n, IxiNumber.parse(text));
        IxiWriter w = new IxiWriter();
        n.write(w);
        byte[] stream = w.toByteArray();
        assertEquals(h(IxiVarInt.encodeUnsigned(bytesHex.length() / 2)) + bytesHex, h(stream));
        assertEquals(n, IxiNumber.read(new IxiReader(stream)));
    }

    @org.junit.jupiter.api.Test
    void badInput() {
        assertThrows(ProtocolException.class, () -> IxiNumber.read(new IxiReader(b("00"))));
        assertThrows(ProtocolException.class, () -> IxiNumber.fromBytes(new byte[0]));
        assertThrows(ProtocolException.class, () -> IxiNumber.parse("1.2.3"));
        assertThrows(ProtocolException.class, () -> IxiNumber.parse("abc"));
        assertThrows(ProtocolException.class, () -> IxiNumber.parse(""));
        assertThrows(ProtocolException.class, () -> IxiNumber.parse("\u0661.5"), "Arabic-Indic digit");
        assertEquals("1.12345678", assertDoesNotThrowParse("1.123456789"));
        assertEquals("7.50000000", assertDoesNotThrowParse("7.5"));
    }

    private static String assertDoesNotThrowParse(String s) {
        try {
            return IxiNumber.parse(s).toString();
        } catch (ProtocolException e) {
            throw new AssertionError(e);
        }
    }
}
