package io.linnet.ixian.address;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Group address vectors (§11.6) and the address behaviours of Ixian's TestGroupChat (streaming spec §9.1). */
class GroupAddressTest {
    private static final byte[] RID = b("000102030405060708090a0b0c0d0e0f");

    @Test
    void vectors() throws ProtocolException {
        Address g1 = GroupAddress.derive(Address.fromPublicKey(TestKeys.a1()), RID);
        assertEquals("014ac134d023d823f3af70fc6b028d785f08d3e3d73abc60ad270387866ea18ae4e2506a37a195b8e38ca2ad99", h(g1.noChecksum()));
        assertEquals("a058b3", h(Address.checksum(g1.noChecksum())));
        assertEquals("3kSAs1Q2u2cwp48fG8bDin51n6t8zLcWoEfGfcgaLWcraaf4bxSKZoeUStk8fUehx", g1.toString());
        Address g2 = GroupAddress.derive(Address.fromPublicKey(TestKeys.a2()), RID);
        assertEquals("01504be54c1c58a1b0649276558d4943b2cf42e399a8c82494ffe4b1d2d40740f9a00d994fa7ff7b361822678d", h(g2.noChecksum()));
        assertEquals("632202", h(Address.checksum(g2.noChecksum())));
        assertEquals("3o7776UfWGH2AWDu6N3j5bDwx6iowYMNc7ZeAma6nx1EkkBLmnmiMVVGWiTuA6La5", g2.toString());
    }

    @Test
    void derivationProperties() throws ProtocolException {
        Address creator = Address.fromPublicKey(TestKeys.a1());
        Address other = Address.fromPublicKey(TestKeys.a2());
        byte[] ab = new byte[16];
        Arrays.fill(ab, (byte) 0xAB);
        Address g = GroupAddress.derive(creator, ab);
        assertEquals(g, GroupAddress.derive(creator, ab), "deterministic");
        assertNotEquals(g, GroupAddress.derive(creator, RID), "random id matters");
        assertNotEquals(g, GroupAddress.derive(other, ab), "creator matters");
        assertEquals(1, g.noChecksum()[0], "virtual address version");
        assertFalse(Arrays.equals(new byte[45], g.noChecksum()));
        assertNotEquals(creator, g);
        assertFalse(Arrays.equals(ab, Arrays.copyOf(g.noChecksum(), 16)));
        assertEquals(g, Address.parse(g.toString()), "an ordinary v1 address on the wire");
        Set<Address> seen = new HashSet<>();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            byte[] rid = new byte[16];
            rnd.nextBytes(rid);
            seen.add(GroupAddress.derive(creator, rid));
        }
        assertEquals(100, seen.size());
        assertThrows(IllegalArgumentException.class, () -> GroupAddress.derive(creator, new byte[0]));
    }
}
