package io.linnet.s2.presence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.wire.NetworkProfile;
import org.junit.jupiter.api.Test;

class HostNamesTest {
    static final NetworkProfile MAIN = NetworkProfile.mainnet();
    static final NetworkProfile LOCAL = NetworkProfile.local();

    @Test
    void publicIpv4WithPortOnMainnet() {
        assertTrue(HostNames.acceptable("1.2.3.4:10235", MAIN));
        assertTrue(HostNames.acceptable("8.8.8.8:1", MAIN));
        assertTrue(HostNames.acceptable("223.255.255.254:65535", MAIN));
        assertFalse(HostNames.acceptable("1.2.3.4", MAIN), "port required");
        assertFalse(HostNames.acceptable("1.2.3.4:0", MAIN));
        assertFalse(HostNames.acceptable("1.2.3.4:65536", MAIN));
        assertFalse(HostNames.acceptable("1.2.3.4:080", MAIN));
        assertFalse(HostNames.acceptable("1.2.3.4:1:2", MAIN));
        assertFalse(HostNames.acceptable("seed1.ixian.io:10234", MAIN), "names are not IPs");
        assertFalse(HostNames.acceptable("01.2.3.4:10235", MAIN), "no leading zeros");
        assertFalse(HostNames.acceptable("1.2.3:10235", MAIN));
        assertFalse(HostNames.acceptable("1.2.3.256:10235", MAIN));
        assertFalse(HostNames.acceptable("[::1]:10235", MAIN));
        assertFalse(HostNames.acceptable("", MAIN));
        assertFalse(HostNames.acceptable(":10235", MAIN));
    }

    @Test
    void specialRangesAreNotPublic() {
        String[] inside = {"0.1.2.3", "10.0.0.1", "100.64.0.1", "100.127.255.255", "127.0.0.1", "169.254.1.1",
            "172.16.0.1", "172.31.255.255", "192.0.0.9", "192.0.2.1", "192.31.196.1", "192.52.193.1", "192.88.99.1",
            "192.168.1.1", "192.175.48.1", "198.18.0.1", "198.19.255.255", "198.51.100.1", "203.0.113.1",
            "224.0.0.1", "239.255.255.255", "240.0.0.1", "255.255.255.255"};
        for (String ip : inside) {
            assertFalse(HostNames.isPublicIPv4(ip), ip);
            assertFalse(HostNames.acceptable(ip + ":10235", MAIN), ip);
        }
        String[] outside = {"1.1.1.1", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0", "172.15.255.255",
            "172.32.0.0", "192.0.1.0", "192.167.255.255", "198.17.255.255", "198.20.0.0", "223.255.255.255"};
        for (String ip : outside) {
            assertTrue(HostNames.isPublicIPv4(ip), ip);
        }
    }

    @Test
    void localProfileAcceptsLoopbackPrivateAndNames() {
        assertTrue(HostNames.acceptable("127.0.0.1:10235", LOCAL));
        assertTrue(HostNames.acceptable("192.168.1.5:10236", LOCAL));
        assertTrue(HostNames.acceptable("localhost:10235", LOCAL));
        assertTrue(HostNames.acceptable("relay-1.lan:1", LOCAL));
        assertFalse(HostNames.acceptable("127.0.0.1", LOCAL), "port still required");
        assertFalse(HostNames.acceptable("a b:1", LOCAL));
        assertFalse(HostNames.acceptable("ünï:1", LOCAL));
    }

    @Test
    void longNamesMustBeIxianAddresses() {
        String addr = "3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA";
        assertTrue(HostNames.acceptable(addr, MAIN));
        assertTrue(HostNames.acceptable(addr, LOCAL));
        assertTrue(HostNames.acceptable("1AAF8ZagTw6UqiQPUoiKjmoAN45jvR8tdmSmeev4uNzq45QWB", MAIN));
        String badChecksum = addr.substring(0, addr.length() - 1) + (addr.endsWith("A") ? "B" : "A");
        assertFalse(HostNames.acceptable(badChecksum, MAIN));
        assertFalse(HostNames.acceptable(" " + addr, MAIN));
        assertFalse(HostNames.acceptable("some.long.host.name.example:10235", LOCAL), "longer than 21: not an address");
    }
}
