package io.linnet.s2.wire;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Ixian network a node belongs to: the checksum lock that salts every hello signature and
 * KeepAlive checksum, the testnet flag sent in hellos, whether private and loopback host names are
 * acceptable in presences, the default ports and the seed nodes.
 *
 * <p>Because the lock is inside every signature, objects made under one profile never verify under
 * another. {@link #local()} is the default for everything Linnet runs. {@link #mainnet()} exists so
 * tests can check byte-exact vectors against the real network's rules; nothing in this project's tests
 * may ever open a connection with it.
 */
public record NetworkProfile(String name, String checksumLock, boolean testnet, boolean privateHostsAllowed,
        int relayPort, int dltPort, List<SeedNode> seeds) {

    public static final String MAINNET_LOCK = "Ixian";
    public static final String TESTNET_LOCK = "IxiTest";
    public static final String REGNET_LOCK = "IxiReg";
    public static final int MAINNET_RELAY_PORT = 10235;
    public static final int MAINNET_DLT_PORT = 10234;

    public NetworkProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(checksumLock, "checksumLock");
        if (checksumLock.isEmpty()) {
            throw new IllegalArgumentException("checksum lock must not be empty");
        }
        if (relayPort < 1 || relayPort > 0xFFFF || dltPort < 0 || dltPort > 0xFFFF) {
            throw new IllegalArgumentException("port out of range");
        }
        seeds = List.copyOf(seeds);
    }

    /** The local network of Linnet relays: lock {@code IxiReg}, testnet flag set, loopback and private hosts allowed. */
    public static NetworkProfile local() {
        return localCustom(REGNET_LOCK);
    }

    /** A local network isolated by its own lock (C# nodes join it only when started with that lock). */
    public static NetworkProfile localCustom(String lock) {
        return new NetworkProfile("local", lock, true, true, MAINNET_RELAY_PORT, 0, List.of());
    }

    /** The public network's rules, for golden vectors only: lock {@code Ixian}, public IPv4 host names only. */
    public static NetworkProfile mainnet() {
        return new NetworkProfile("mainnet", MAINNET_LOCK, false, false, MAINNET_RELAY_PORT, MAINNET_DLT_PORT, List.of(
                seed("seed1.ixian.io", MAINNET_DLT_PORT, "1AAF8ZagTw6UqiQPUoiKjmoAN45jvR8tdmSmeev4uNzq45QWB"),
                seed("seed2.ixian.io", MAINNET_DLT_PORT, "1NpizdRi5rmw586Aw883CoQ7THUT528CU5JGhGomgaG9hC3EF"),
                seed("seed3.ixian.io", MAINNET_DLT_PORT, "1Dp9bEFkymhN8PcN7QBzKCg2buz4njjp4eJeFngh769H4vUWi"),
                seed("seed4.ixian.io", MAINNET_DLT_PORT, "1SWy7jYky8xkuN5dnr3aVMJiNiQVh4GSLggZ9hBD3q7ALVEYY"),
                seed("seed5.ixian.io", MAINNET_DLT_PORT, "1R2WxZ7rmQhMTt5mCFTPhPe9Ltw8pTPY6uTsWHCvVd3GvWupC"),
                seed("seed1.ixilabs.com", MAINNET_RELAY_PORT,
                        "3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA")));
    }

    private static SeedNode seed(String host, int port, String address) {
        try {
            return new SeedNode(host, port, Optional.of(Address.parse(address)));
        } catch (ProtocolException e) {
            throw new IllegalStateException("built-in seed address " + address + " does not parse", e);
        }
    }

    /** The lock as the bytes that prefix signature and checksum preimages. */
    public byte[] lockBytes() {
        return checksumLock.getBytes(StandardCharsets.UTF_8);
    }

    /** True for the public network's rules (lock {@code Ixian}, no testnet flag). */
    public boolean isMainnet() {
        return !testnet && MAINNET_LOCK.equals(checksumLock);
    }
}
