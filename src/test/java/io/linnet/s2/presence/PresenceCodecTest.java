package io.linnet.s2.presence;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.S2Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PresenceAddress v2 and Presence v1 layouts, including Ixian-Core's writer quirks. */
class PresenceCodecTest {
    static final Address WALLET = wallet();

    static Address wallet() {
        try {
            return Address.parse("3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA");
        } catch (ProtocolException e) {
            throw new IllegalStateException(e);
        }
    }

    static PresenceAddress vectorEntry() {
        return new PresenceAddress(seq(0, 16), "1.2.3.4:10235", NodeType.CLIENT, "qxc-0.9.1b", 1760000000L, null, null);
    }

    @Test
    void unsignedEntryEndsWithTwoZeroInt32s() {
        String expected = "02" + "10" + h(seq(0, 16)) + "0d312e322e332e343a3130323335" + "43" + "0a7178632d302e392e3162"
                + "fd0078e768" + "00000000" + "00000000";
        assertEquals(expected, h(vectorEntry().encode()));
    }

    @Test
    void signedEntryKeepsTheZeroInt32ForTheMissingPow() throws ProtocolException {
        PresenceAddress signed = vectorEntry().withSignature(seq(9, 300));
        byte[] wire = signed.encode();
        assertTrue(h(wire).endsWith("fc2c01" + h(seq(9, 300)) + "00000000"));
        assertEquals(signed, PresenceAddress.decode(wire));
    }

    @Test
    void entryRoundTripsWithPowAndReadsTrailingBytes() throws ProtocolException {
        PresenceAddress full = vectorEntry().withSignature(seq(1, 64)).withPowSolution(seq(5, 20));
        byte[] wire = full.encode();
        assertEquals(full, PresenceAddress.decode(wire));
        byte[] trailing = new IxiWriter().raw(wire).raw(b("deadbeef")).toByteArray();
        assertEquals(full, PresenceAddress.decode(trailing));
        assertEquals(vectorEntry(), PresenceAddress.decode(vectorEntry().encode()));
        // without any PoW field at all (older writers): still fine
        byte[] noPow = new IxiWriter().raw(wire, 0, wire.length - 21).toByteArray();
        assertEquals(full.withPowSolution(null), PresenceAddress.decode(noPow));
    }

    @Test
    void unsignedEntryWithPowLosesThePowOnTheWayBack() throws ProtocolException {
        // the i32 placeholder for the missing signature makes readers see a zero-length PoW, as in Ixian-Core
        PresenceAddress pa = vectorEntry().withPowSolution(seq(5, 20));
        PresenceAddress back = PresenceAddress.decode(pa.encode());
        assertNull(back.powSolution());
        assertEquals(vectorEntry(), back);
    }

    @Test
    void entryRejectsBadInput() {
        byte[] ok = vectorEntry().withSignature(seq(1, 10)).encode();
        assertThrows(ProtocolException.class, () -> PresenceAddress.decode(new byte[0]));
        assertThrows(ProtocolException.class, () -> PresenceAddress.decode(b("01000000")), "legacy v1");
        byte[] v3 = ok.clone();
        v3[0] = 3;
        assertThrows(ProtocolException.class, () -> PresenceAddress.decode(v3));
        assertThrows(ProtocolException.class, () -> PresenceAddress.decode(java.util.Arrays.copyOf(ok, 30)));
        assertThrows(ProtocolException.class, () -> PresenceAddress.decode(new byte[1025]));
        byte[] badType = ok.clone();
        badType[1 + 1 + 16 + 14] = 'Z';
        assertThrows(ProtocolException.class, () -> PresenceAddress.decode(badType));
    }

    @Test
    void entryToKeepAliveMatchesTheKeepAliveVector() {
        KeepAlive ka = new PresenceAddress(seq(0, 16), "1.2.3.4:10235", NodeType.CLIENT, "x", 1760000000L, null, null)
                .toKeepAlive(WALLET);
        assertEquals(KeepAliveTestVectors.CHECKSUM_FORM, h(ka.checksumForm()));
        assertEquals("d565d46616947f37e5564bc1eba5e6911426dc80a197553abac7d5c88fe6abd451dae504f7d5d51ea975501e",
                h(vectorEntry().checksum(WALLET, "IxiReg")));
        PresenceAddress back = PresenceAddress.fromKeepAlive(ka.withSignature(seq(3, 5)), "v");
        assertArrayEquals(seq(3, 5), back.signature());
        assertEquals("1.2.3.4:10235", back.hostName());
        assertEquals(1760000000L, back.lastSeen());
    }

    @Test
    void entriesCopyTheirArrays() {
        byte[] dev = seq(0, 4);
        PresenceAddress pa = new PresenceAddress(dev, "h:1", NodeType.RELAY, "v", 1, null, null);
        dev[0] = 9;
        assertEquals(0, pa.deviceId()[0]);
        pa.deviceId()[1] = 9;
        assertEquals(1, pa.deviceId()[1]);
        assertNotEquals(pa, pa.withSignature(new byte[] {1}));
    }

    static Presence presence(int devices) {
        byte[] key = S2Fixtures.fakePublicKey("p");
        List<PresenceAddress> entries = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            entries.add(new PresenceAddress(seq(i, 16), "1.2.3." + i + ":10235", NodeType.CLIENT, "v1", 1760000000L + i,
                    seq(i, 512), null));
        }
        return S2Fixtures.presence(key, entries);
    }

    @Test
    void presenceLayoutAndRoundTrip() throws ProtocolException {
        Presence p = presence(2);
        byte[] wire = p.encode();
        String hex = h(wire);
        assertTrue(hex.startsWith("01" + "2d" + h(p.wallet().noChecksum()) + "fc1002"));
        assertTrue(hex.endsWith("00"), "no master: legacy PoW length 0");
        assertEquals(p, Presence.decode(wire));
        assertArrayEquals(wire, p.encodeChunk());
        // trailing bytes after the legacy PoW are ignored
        assertEquals(p, Presence.decode(new IxiWriter().raw(wire).raw(b("0102")).toByteArray()));
        // the legacy PoW field itself is optional
        assertEquals(p, Presence.decode(java.util.Arrays.copyOf(wire, wire.length - 1)));
    }

    @Test
    void legacyPowComesFromTheFirstMasterAndGoesToTheFirstMasterWithoutOne() throws ProtocolException {
        byte[] key = S2Fixtures.fakePublicKey("m");
        PresenceAddress client = new PresenceAddress(seq(0, 2), "a:1", NodeType.CLIENT, "v", 5, seq(1, 3), null);
        PresenceAddress master = new PresenceAddress(seq(1, 2), "b:1", NodeType.MASTER, "v", 5, seq(1, 3), seq(7, 9));
        Presence p = S2Fixtures.presence(key, List.of(client, master));
        byte[] wire = p.encode();
        assertTrue(h(wire).endsWith("09" + h(seq(7, 9))));
        assertEquals(p, Presence.decode(wire));
        // an unsigned master loses its own PoW to the i32 quirk and gets the legacy one back
        PresenceAddress unsignedMaster = master.withSignature(null);
        Presence q = S2Fixtures.presence(key, List.of(unsignedMaster));
        assertEquals(q, Presence.decode(q.encode()));
    }

    @Test
    void emptyDeviceEntriesAreSkipped() throws ProtocolException {
        Presence p = presence(1);
        byte[] entry = p.addresses().get(0).encode();
        byte[] wire = new IxiWriter().varInt(1).ixiBytes(p.wallet().noChecksum()).ixiBytes(p.publicKey()).u8(0)
                .varUInt(3).u8(0).ixiBytes(entry).u8(0).u8(0).toByteArray();
        assertEquals(p, Presence.decode(wire));
    }

    @Test
    void chunksOfMoreThanTenDevicesAreRefused() throws ProtocolException {
        Presence ten = presence(10);
        assertEquals(10, Presence.decode(ten.encodeChunk()).addresses().size());
        Presence eleven = presence(11);
        assertThrows(IllegalStateException.class, eleven::encodeChunk);
        assertEquals(11, Presence.decode(eleven.encode()).addresses().size(), "full form for sectorNodes");
    }

    @Test
    void presenceRejectsBadInput() {
        byte[] ok = presence(1).encode();
        assertThrows(ProtocolException.class, () -> Presence.decode(new byte[0]));
        assertThrows(ProtocolException.class, () -> Presence.decode(b("00000000")), "legacy v0");
        assertThrows(ProtocolException.class, () -> Presence.decode(b("02")));
        assertThrows(ProtocolException.class, () -> Presence.decode(b("0100")), "no wallet");
        assertThrows(ProtocolException.class, () -> Presence.decode(java.util.Arrays.copyOf(ok, ok.length - 10)));
        assertThrows(ProtocolException.class, () -> Presence.decode(new byte[Presence.MAX_BYTES + 1]));
        byte[] noKey = new IxiWriter().varInt(1).ixiBytes(WALLET.noChecksum()).u8(0).u8(0).u8(0).toByteArray();
        assertThrows(ProtocolException.class, () -> Presence.decode(noKey));
        byte[] hugeCount = new IxiWriter().varInt(1).ixiBytes(WALLET.noChecksum()).ixiBytes(seq(0, 40)).u8(0)
                .varUInt(0xFFFFFFFFL).toByteArray();
        assertThrows(ProtocolException.class, () -> Presence.decode(hugeCount));
    }
}
