package io.linnet.s2.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.address.Address;
import io.linnet.s2.S2Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RosterTest {
    private final Address a = S2Fixtures.addressOf(S2Fixtures.fakePublicKey("a"));
    private final Address b = S2Fixtures.addressOf(S2Fixtures.fakePublicKey("b"));

    @Test
    void parsesEntriesCommentsAndOptionalAddresses() {
        Roster r = Roster.parse(List.of("# relays", "  ", "127.0.0.1:10235 " + a + "  # first", "relay.lan:10236",
                "10.0.0.5:1 " + b), "roster");
        assertEquals(3, r.entries().size());
        assertEquals(new RosterEntry("127.0.0.1", 10235, Optional.of(a)), r.entries().getFirst());
        assertEquals("relay.lan:10236", r.entries().get(1).hostPort());
        assertTrue(r.entries().get(1).address().isEmpty());
    }

    @Test
    void refusesBadLinesNamingThem() {
        for (String bad : List.of("nohost", "h:notaport", "h:0", "h:70000", "h:1 notanaddress", "h:1 " + a + " extra", ":5")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Roster.parse(List.of("# ok", bad), "r.txt"), bad);
            assertTrue(e.getMessage().startsWith("r.txt line 2"), e.getMessage());
        }
    }

    @Test
    void admitsRelayPresencesByHostAndPinnedAddress() {
        Roster r = Roster.parse(List.of("127.0.0.1:1 " + a, "127.0.0.1:2"), "r");
        assertTrue(r.admits(a, "127.0.0.1:1"));
        assertFalse(r.admits(b, "127.0.0.1:1"), "pinned to a");
        assertTrue(r.admits(b, "127.0.0.1:2"), "not pinned");
        assertFalse(r.admits(a, "127.0.0.1:3"), "not on the roster");
    }

    @Test
    void peersOfExcludesSelfByHostOrAddress() {
        Roster r = Roster.parse(List.of("127.0.0.1:1 " + a, "127.0.0.1:2", "127.0.0.1:3"), "r");
        assertEquals(List.of("127.0.0.1:2", "127.0.0.1:3"), r.peersOf("127.0.0.1:1", b).stream().map(RosterEntry::hostPort).toList());
        assertEquals(List.of("127.0.0.1:2", "127.0.0.1:3"), r.peersOf("0.0.0.0:9", a).stream().map(RosterEntry::hostPort).toList());
        assertEquals(3, r.peersOf("127.0.0.1:9", b).size());
    }
}
