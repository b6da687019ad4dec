package io.linnet.cli.daemon;

import io.linnet.s2.wire.SeedNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the daemon's profile is wired.
 *
 * @param dataDir the profile directory (wallet, database, API token)
 * @param seeds the relays the client starts from
 * @param testKeys TEST ONLY: create RSA-2048 identities instead of RSA-4096, so tests create them quickly
 * @param testTimings TEST ONLY: short client and outbox timers, so tests on loopback finish quickly
 */
public record DaemonSettings(Path dataDir, List<SeedNode> seeds, boolean testKeys, boolean testTimings) {
    public DaemonSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one relay is needed");
        }
    }
}
