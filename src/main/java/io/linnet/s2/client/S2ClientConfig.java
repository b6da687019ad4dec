package io.linnet.s2.client;

import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.SeedNode;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

/**
 * Everything an {@link S2Client} is started with.
 *
 * @param profile        the network (lock, testnet flag, host-name rules)
 * @param identity       key, address and persistent device id
 * @param seeds          the relays to bootstrap from (at least one)
 * @param timings        timers; {@link ClientTimings#defaults()} in production
 * @param clock          the local clock; network time is derived from it and the relays' time samples
 * @param productVersion the version string sent in {@code hello} and presences (at most 20 characters)
 * @param homeRelays     how many relays of its own sector the client keeps connected (spec §4.3: 3)
 */
public record S2ClientConfig(NetworkProfile profile, ClientIdentity identity, List<SeedNode> seeds,
        ClientTimings timings, InstantSource clock, String productVersion, int homeRelays) {
    public static final String DEFAULT_PRODUCT_VERSION = "linnet-0.1";
    public static final int DEFAULT_HOME_RELAYS = 3;

    public S2ClientConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(productVersion, "productVersion");
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed relay is needed");
        }
        if (productVersion.isEmpty() || productVersion.length() > 20) {
            throw new IllegalArgumentException("product version must have 1..20 characters");
        }
        if (homeRelays < 1 || homeRelays > 6) {
            throw new IllegalArgumentException("home relays must be 1..6, not " + homeRelays);
        }
    }

    /** Production timers, the system clock, the default version string and three home relays. */
    public static S2ClientConfig of(NetworkProfile profile, ClientIdentity identity, List<SeedNode> seeds) {
        return new S2ClientConfig(profile, identity, seeds, ClientTimings.defaults(), InstantSource.system(),
                DEFAULT_PRODUCT_VERSION, DEFAULT_HOME_RELAYS);
    }

    public S2ClientConfig withTimings(ClientTimings t) {
        return new S2ClientConfig(profile, identity, seeds, t, clock, productVersion, homeRelays);
    }

    public S2ClientConfig withClock(InstantSource c) {
        return new S2ClientConfig(profile, identity, seeds, timings, c, productVersion, homeRelays);
    }

    public S2ClientConfig withHomeRelays(int n) {
        return new S2ClientConfig(profile, identity, seeds, timings, clock, productVersion, n);
    }
}
