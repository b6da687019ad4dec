package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Group;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Receipts cost O(N): one chat message in a group of N, delivered and read by everyone, takes exactly
 * 4(N−1) StreamMessages in a standard group where everyone knows everyone (the copies, their
 * acknowledgements, one read marker per reader and its acknowledgement) and 8N−12 in privacy mode (each
 * hop through the owner doubles it) — against Ixian's (N−1) + 2(N−1)² + (N−1)³.
 */
class GroupTrafficTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(11);

    static long count(int n, boolean hide) {
        try (Crew crew = new Crew(IDS.subList(0, n), WireCensus.PATIENT).connect(!hide)) {
            Group g = crew.group("census", hide, List.of());
            WireCensus.Count c = WireCensus.oneMessage(crew, g, crew.get(1));
            assertTrue(c.sends() <= c.messages() * 5 / 4, c + ": few repeats on a network that loses nothing");
            return c.messages();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 11})
    void standardGroup(int n) {
        long wire = count(n, false);
        assertEquals(4L * (n - 1), wire);
        assertTrue(wire * 4 < WireCensus.spixi(n) || n < 4, wire + " vs Spixi's " + WireCensus.spixi(n));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 11})
    void privacyGroup(int n) {
        long wire = count(n, true);
        assertEquals(8L * n - 12, wire);
        assertTrue(wire < WireCensus.spixi(n), wire + " vs Spixi's " + WireCensus.spixi(n));
    }
}
