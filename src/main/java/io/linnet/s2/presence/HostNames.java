package io.linnet.s2.presence;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.s2.wire.NetworkProfile;

/**
 * The host-name rule for KeepAlives and presence entries. A name longer than 21 characters must be a
 * Base58 Ixian address with a valid checksum. Otherwise it must be {@code host:port} with a port of
 * 1..65535; under a profile that allows private hosts the host may be any IPv4 address or DNS-style
 * name, on mainnet it must be a public IPv4 address in plain dotted-decimal form.
 *
 * <p>Public means outside every special-purpose range Ixian-Core lists (private, CGNAT, loopback,
 * link-local, IETF protocol assignments, documentation, benchmarking, 6to4 relay, AS112, AMT, reserved,
 * broadcast), and, stricter than Ixian-Core, also outside 0.0.0.0/8 and multicast 224.0.0.0/4.
 */
public final class HostNames {
    /** Longest host name read as "ip:port"; longer ones must be addresses. */
    public static final int MAX_IP_FORM = 21;

    /** Non-public ranges as {network, prefix length}. */
    private static final long[][] UNROUTABLE = {
        {ip(0, 0, 0, 0), 8}, {ip(10, 0, 0, 0), 8}, {ip(100, 64, 0, 0), 10}, {ip(127, 0, 0, 0), 8},
        {ip(169, 254, 0, 0), 16}, {ip(172, 16, 0, 0), 12}, {ip(192, 0, 0, 0), 24}, {ip(192, 0, 2, 0), 24},
        {ip(192, 31, 196, 0), 24}, {ip(192, 52, 193, 0), 24}, {ip(192, 88, 99, 0), 24}, {ip(192, 168, 0, 0), 16},
        {ip(192, 175, 48, 0), 24}, {ip(198, 18, 0, 0), 15}, {ip(198, 51, 100, 0), 24}, {ip(203, 0, 113, 0), 24},
        {ip(224, 0, 0, 0), 4}, {ip(240, 0, 0, 0), 4},
    };

    private HostNames() {}

    private static long ip(int a, int b, int c, int d) {
        return ((long) a << 24) | (b << 16) | (c << 8) | d;
    }

    /** Whether {@code hostName} may appear in a KeepAlive or presence entry under {@code profile}. */
    public static boolean acceptable(String hostName, NetworkProfile profile) {
        if (hostName.length() > MAX_IP_FORM) {
            try {
                Address.parse(hostName);
                return hostName.strip().equals(hostName);
            } catch (ProtocolException e) {
                return false;
            }
        }
        int colon = hostName.indexOf(':');
        if (colon <= 0 || hostName.indexOf(':', colon + 1) >= 0 || !validPort(hostName.substring(colon + 1))) {
            return false;
        }
        String host = hostName.substring(0, colon);
        long ip = parseIPv4(host);
        if (profile.privateHostsAllowed()) {
            return ip >= 0 || host.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-');
        }
        return ip >= 0 && isPublic(ip);
    }

    /** True unless the address lies in one of the non-public ranges. */
    public static boolean isPublicIPv4(String dottedQuad) {
        long ip = parseIPv4(dottedQuad);
        return ip >= 0 && isPublic(ip);
    }

    private static boolean isPublic(long ip) {
        if (ip == 0xFFFFFFFFL) {
            return false;
        }
        for (long[] range : UNROUTABLE) {
            long mask = (0xFFFFFFFFL << (32 - range[1])) & 0xFFFFFFFFL;
            if ((ip & mask) == range[0]) {
                return false;
            }
        }
        return true;
    }

    /** Plain dotted decimal (four parts 0..255, no leading zeros) as an unsigned value, or -1. */
    static long parseIPv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')
                    || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return -1;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return -1;
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    private static boolean validPort(String p) {
        if (p.isEmpty() || p.length() > 5 || (p.length() > 1 && p.charAt(0) == '0')
                || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int port = Integer.parseInt(p);
        return port >= 1 && port <= 0xFFFF;
    }
}
