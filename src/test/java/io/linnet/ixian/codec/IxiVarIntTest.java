package io.linnet.ixian.codec;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IxiVarInt vectors from ixian-primitives.md §11.1 and the decoder rules of §1.3. */
class IxiVarIntTest {

    @ParameterizedTest
    @CsvSource({
        "0, 00",
        "247, f7",
        "248, fcf800",
        "65535, fcffff",
        "65536, fd00000100",
        "4294967295, fdffffffff",
        "4294967296, fe0000000001000000",
        "9876543210, feea16b04c02000000",
        "18446744073709551615, feffffffffffffffff",
    })
    void unsignedVectors(String value, String hex) throws ProtocolException {
        long v = Long.parseUnsignedLong(value);
        assertEquals(hex, h(IxiVarInt.encodeUnsigned(v)));
        assertEquals(hex.length() / 2, IxiVarInt.sizeUnsigned(v));
        IxiReader r = new IxiReader(b(hex));
        assertEquals(v, r.varUInt("v"));
        r.expectEnd("v");
    }

    @ParameterizedTest
    @CsvSource({
        "-1, f80100",
        "-128, f88000",
        "-247, f8f700",
        "-255, f8ff00",
        "-300, f82c01",
        "-12345, f83930",
        "-65535, f8ffff",
        "-65536, f900000100",
        "-4294967295, f9ffffffff",
        "-4294967296, fa0000000001000000",
        "9223372036854775807, feffffffffffffff7f",
        "-9223372036854775808, fa0000000000000080",
        "5, 05",
        "248, fcf800",
    })
    void signedVectors(long value, String hex) throws ProtocolException {
        assertEquals(hex, h(IxiVarInt.encode(value)));
        IxiReader r = new IxiReader(b(hex));
        assertEquals(value, r.varInt("v"));
        r.expectEnd("v");
    }

    @Test
    void nonCanonicalFormsAreAccepted() throws ProtocolException {
        IxiReader r = new IxiReader(b("fc0500"));
        assertEquals(5, r.varInt("v"));
        assertEquals(3, r.position());
        assertEquals(0, new IxiReader(b("f80000")).varInt("v"));
        assertEquals(5, new IxiReader(b("fd05000000")).varUInt("v"));
    }

    @Test
    void reservedAndSignedPrefixesAreRejected() {
        assertThrows(ProtocolException.class, () -> new IxiReader(b("fb0000")).varInt("v"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("ff")).varInt("v"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("ff")).varUInt("v"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("f80100")).varUInt("v"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("fb")).varUInt("v"));
    }

    @Test
    void overflowIsRejected() {
        assertThrows(ProtocolException.class, () -> new IxiReader(b("feffffffffffffffff")).varInt("v"));
        assertThrows(ProtocolException.class, () -> new IxiReader(b("fa0100000000000080")).varInt("v"));
    }

    @Test
    void truncationIsRejected() {
        for (String hex : new String[] {"", "fc", "fc01", "fd010203", "fe01020304050607", "f8", "fa00"}) {
            ProtocolException e = assertThrows(ProtocolException.class, () -> new IxiReader(b(hex)).varInt("len"));
            assertEquals(true, e.getMessage().contains("len"), e.getMessage());
        }
    }

    @Test
    void randomValuesRoundTrip() throws ProtocolException {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            long v = switch (i % 4) {
                case 0 -> rnd.nextLong();
                case 1 -> rnd.nextInt();
                case 2 -> rnd.nextInt(70_000) - 35_000;
                default -> rnd.nextLong() >>> rnd.nextInt(64);
            };
            assertEquals(v, new IxiReader(IxiVarInt.encode(v)).varInt("v"));
            assertEquals(v, new IxiReader(IxiVarInt.encodeUnsigned(v)).varUInt("v"));
        }
    }
}
