package io.linnet.s2.sector;

import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.address.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RelayIndexTest {

    static Address seed1() throws Exception {
        return Address.parse("1AAF8ZagTw6UqiQPUoiKjmoAN45jvR8tdmSmeev4uNzq45QWB");
    }

    static List<Address> randomRelays(int n, long seed) throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Address> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] a = new byte[45];
            rnd.nextBytes(a);
            a[0] = 1;
            out.add(Address.fromBytes(a));
        }
        return out;
    }

    @Test
    void relayKeyWithoutRandomizerExtendsTheSectorPrefix() throws Exception {
        Address s1 = seed1();
        assertEquals("34d6e57b492ceffe63e4", h(Sectors.prefix(s1)));
        byte[] key = Sectors.relayKey(s1);
        assertEquals(64, key.length);
        assertEquals("34d6e57b492ceffe63e4", h(key).substring(0, 20));
        assertEquals(h(key), h(Sectors.relayKey(s1, null)));
        assertNotEquals(h(key), h(Sectors.relayKey(s1, new byte[] {1})));
    }

    @Test
    void everyRelayIsInsideItsOwnSector() throws Exception {
        List<Address> relays = randomRelays(200, 5);
        RelayIndex index = RelayIndex.of(relays);
        assertEquals(200, index.size());
        for (Address r : relays) {
            List<Address> sector = index.sectorOf(r, Sectors.CLIENT_COUNT);
            assertEquals(6, sector.size());
            assertTrue(sector.contains(r), r.toString());
        }
    }

    @Test
    void sectorsAreOrderedByKeyAndIndependentOfInputOrder() throws Exception {
        List<Address> relays = randomRelays(50, 9);
        List<Address> reversed = new ArrayList<>(relays);
        java.util.Collections.reverse(reversed);
        Address wallet = seed1();
        List<Address> a = RelayIndex.of(relays).sectorOf(wallet, 8);
        assertEquals(a, RelayIndex.of(reversed).sectorOf(wallet, 8));
        for (int i = 1; i < a.size(); i++) {
            assertTrue(java.util.Arrays.compareUnsigned(Sectors.relayKey(a.get(i - 1)), Sectors.relayKey(a.get(i))) < 0);
        }
        // half of the window at or after the wallet's prefix
        byte[] prefix = Sectors.prefix(wallet);
        long after = a.stream().filter(r -> java.util.Arrays.compareUnsigned(Sectors.relayKey(r), prefix) > 0).count();
        assertTrue(after >= 4, "after=" + after);
    }

    @Test
    void singleRelayAndRandomizedIndexes() throws Exception {
        Address only = seed1();
        assertEquals(List.of(only), RelayIndex.of(List.of(only)).sectorOf(randomRelays(1, 3).get(0), 6));
        List<Address> relays = randomRelays(40, 11);
        Address wallet = randomRelays(1, 12).get(0);
        assertNotEquals(RelayIndex.of(relays).sectorOf(wallet, 6), RelayIndex.of(relays, new byte[] {7}).sectorOf(wallet, 6));
    }
}
