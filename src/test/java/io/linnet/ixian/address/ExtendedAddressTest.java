package io.linnet.ixian.address;

import static io.linnet.testutil.Hex.b;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.ExtendedAddress.Flag;
import org.junit.jupiter.api.Test;

/** ExtendedAddress vectors, ixian-primitives.md §11.7. */
class ExtendedAddressTest {
    private static final String A1 = "3nCYFYNLxJEbSXMNpn2s9tsxB5Zz6qfp7pfDzGivP3AVUDBsDWrfUjBuhtiLzdzWU";

    @Test
    void endToEndWithTag() throws ProtocolException {
        ExtendedAddress e = new ExtendedAddress(Address.parse(A1), Flag.END_TO_END, null, b("0102030405"));
        assertEquals(A1 + "_jzJJ3JFEYR8", e.toText());
        assertEquals(e, ExtendedAddress.parse(e.toText()));
        assertEquals(e, ExtendedAddress.decode(e.encode()));
    }

    @Test
    void offlineAddressWithRouting() throws ProtocolException {
        Address routing = Address.fromPublicKey(TestKeys.a2());
        ExtendedAddress e = new ExtendedAddress(Address.parse(A1), Flag.OFFLINE_ADDRESS, routing, b("0909"));
        assertEquals(A1 + "_AVacxsrnjD8ERC7Euj2Rzii7ny6cHFAj4yvxtU4br1sHFADpgxUkPqbRXt9a3n1HKGvgp", e.toText());
        ExtendedAddress parsed = ExtendedAddress.parse(e.toText());
        assertEquals(routing, parsed.routing());
        assertArrayEquals(b("0909"), parsed.tag());
        assertEquals(e, ExtendedAddress.decode(e.encode()));
    }

    @Test
    void primaryIsPlainText() throws ProtocolException {
        ExtendedAddress e = ExtendedAddress.parse(A1);
        assertEquals(Flag.PRIMARY, e.flag());
        assertEquals(A1, e.toText());
    }

    @Test
    void badInput() {
        assertThrows(ProtocolException.class, () -> ExtendedAddress.parse(A1 + "_jzJJ3JFEYR9"));
        assertThrows(ProtocolException.class, () -> ExtendedAddress.parse(A1 + "_2"));
        assertThrows(ProtocolException.class, () -> ExtendedAddress.decode(b("00")));
        assertThrows(ProtocolException.class, () -> ExtendedAddress.decode(b("2d")));
        assertThrows(IllegalArgumentException.class,
                () -> new ExtendedAddress(Address.parse(A1), Flag.OFFLINE_ADDRESS, null, null));
    }
}
