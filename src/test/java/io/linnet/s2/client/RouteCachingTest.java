package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteCachingTest {
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void cacheEntriesLapseAfterTheirTimeToLive() {
        ExpiringCache<String, Integer> c = new ExpiringCache<>(Duration.ofSeconds(10));
        c.put("a", 1, T0);
        c.put("b", 2, T0.plusSeconds(5));
        assertEquals(Optional.of(1), c.get("a", T0.plusMillis(9_999)));
        assertEquals(Optional.empty(), c.get("a", T0.plusSeconds(10)));
        c.prune(T0.plusSeconds(12));
        assertEquals(1, c.size());
        c.remove("b");
        assertEquals(Optional.empty(), c.get("b", T0));
    }

    @Test
    void relayEndpointsParseOnlyHostAndPort() {
        assertEquals("127.0.0.1:10235", RelayEndpoint.parse("127.0.0.1:10235", Optional.empty()).orElseThrow().hostPort());
        assertTrue(RelayEndpoint.parse("127.0.0.1", Optional.empty()).isEmpty());
        assertTrue(RelayEndpoint.parse("127.0.0.1:0", Optional.empty()).isEmpty());
        assertTrue(RelayEndpoint.parse("127.0.0.1:70000", Optional.empty()).isEmpty());
        assertTrue(RelayEndpoint.parse(":80", Optional.empty()).isEmpty());
        assertTrue(RelayEndpoint.parse("::1:80", Optional.empty()).isEmpty());
        assertTrue(RelayEndpoint.parse("3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA",
                Optional.empty()).isEmpty());
    }
}
