package io.linnet.s2.wire;

import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.address.Address;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profiles of §7.2 and the mainnet seeds of §1.1 / §8 (vectors only: nothing here connects). */
class NetworkProfileTest {

    @Test
    void localIsTheRegnetLockWithTestnetFlagAndPrivateHosts() {
        NetworkProfile p = NetworkProfile.local();
        assertEquals("IxiReg", p.checksumLock());
        assertEquals("497869526567", h(p.lockBytes()));
        assertTrue(p.testnet());
        assertTrue(p.privateHostsAllowed());
        assertFalse(p.isMainnet());
        assertEquals(10235, p.relayPort());
        assertEquals(List.of(), p.seeds());
        assertEquals("IxiLocal", NetworkProfile.localCustom("IxiLocal").checksumLock());
    }

    @Test
    void mainnetRulesAndPinnedSeeds() {
        NetworkProfile p = NetworkProfile.mainnet();
        assertEquals("497869616e", h(p.lockBytes()));
        assertFalse(p.testnet());
        assertFalse(p.privateHostsAllowed());
        assertTrue(p.isMainnet());
        assertEquals(10235, p.relayPort());
        assertEquals(10234, p.dltPort());
        assertEquals(6, p.seeds().size());
        SeedNode s1 = p.seeds().get(0);
        assertEquals("seed1.ixian.io:10234", s1.hostPort());
        Address a1 = s1.address().orElseThrow();
        assertEquals("005bcbb6dab12fed855a3bc40e5b0c48eff9212a251a276e673ce7dcd2bcb4c97e", h(a1.noChecksum()));
        assertEquals("34d6e57b492ceffe63e4", h(a1.sectorPrefix()));
        Address a2 = p.seeds().get(1).address().orElseThrow();
        assertEquals("00dab5aa5f736dd38592395249afc41551c2c3fc0a14b0d7d765679638bbc412ce", h(a2.noChecksum()));
        assertEquals("51a21f155de9272bc87d", h(a2.sectorPrefix()));
        SeedNode labs = p.seeds().get(5);
        assertEquals("seed1.ixilabs.com:10235", labs.hostPort());
        Address a6 = labs.address().orElseThrow();
        assertEquals("0126ea0f17c58644192272ad6cc09c326aafbe90f3ae9010e5abcc21c76e762f8adb33399d851e4e2fac11eea3", h(a6.noChecksum()));
        assertEquals("a98bc00de7c2f9318158", h(a6.sectorPrefix()));
        for (SeedNode s : p.seeds()) {
            assertTrue(s.address().isPresent(), s.host());
        }
    }

    @Test
    void invalidProfilesAndSeeds() {
        assertThrows(IllegalArgumentException.class, () -> NetworkProfile.localCustom(""));
        assertThrows(IllegalArgumentException.class, () -> new SeedNode(" ", 1, java.util.Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SeedNode("a", 0, java.util.Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SeedNode("a", 65536, java.util.Optional.empty()));
    }
}
