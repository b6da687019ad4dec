package io.linnet.s2.presence;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import org.junit.jupiter.api.Test;

/** KeepAlive v2 vectors of ixian-network-presence.md §8. */
class KeepAliveTest {
    static final String CHECKSUM_FORM = "022d0126ea0f17c58644192272ad6cc09c326aafbe90f3ae9010e5abcc21c76e762f8adb33399d851e4e2fac11eea3"
            + "10000102030405060708090a0b0c0d0e0ffd0078e7680d312e322e332e343a31303233354300";

    static KeepAlive vectorKeepAlive() throws ProtocolException {
        Address wallet = Address.parse("3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA");
        return new KeepAlive(wallet, seq(0, 16), 1760000000L, "1.2.3.4:10235", NodeType.CLIENT, null, null);
    }

    @Test
    void checksumFormAndChecksums() throws ProtocolException {
        KeepAlive ka = vectorKeepAlive();
        assertEquals(CHECKSUM_FORM, h(ka.checksumForm()));
        assertEquals("1851ed826a2233030d3ca64f88caa2aefc5db7329b1740428de9e45fe9412f21738f1aedc447e4f4e9d13446", h(ka.checksum("Ixian")));
        assertEquals("64485c429f828e09a62554f34e58ac24c89c3bab392353b7db099c970281a2d67eabf33a76d3511b64dc2113", h(ka.checksum("IxiTest")));
        assertEquals("d565d46616947f37e5564bc1eba5e6911426dc80a197553abac7d5c88fe6abd451dae504f7d5d51ea975501e", h(ka.checksum("IxiReg")));
    }

    @Test
    void roundTrip() throws ProtocolException {
        KeepAlive ka = vectorKeepAlive().withSignature(seq(7, 512));
        byte[] wire = ka.encode();
        assertEquals(CHECKSUM_FORM + "fc0002", h(wire).substring(0, CHECKSUM_FORM.length() + 6));
        KeepAlive back = KeepAlive.decode(wire);
        assertEquals(ka, back);
        KeepAlive unsigned = KeepAlive.decode(b(CHECKSUM_FORM + "00"));
        assertNull(unsigned.signature());
        assertEquals(vectorKeepAlive(), unsigned);
    }

    @Test
    void badInput() {
        assertThrows(ProtocolException.class, () -> KeepAlive.decode(b(CHECKSUM_FORM)), "missing signature field");
        assertThrows(ProtocolException.class, () -> KeepAlive.decode(b(CHECKSUM_FORM + "0000")), "trailing byte");
        assertThrows(ProtocolException.class, () -> KeepAlive.decode(b("01" + CHECKSUM_FORM.substring(2) + "00")), "v1");
        String badType = CHECKSUM_FORM.substring(0, CHECKSUM_FORM.length() - 4) + "5a00" + "00";
        assertThrows(ProtocolException.class, () -> KeepAlive.decode(b(badType)), "node type Z");
        assertThrows(ProtocolException.class, () -> KeepAlive.decode(new byte[0]));
    }
}
