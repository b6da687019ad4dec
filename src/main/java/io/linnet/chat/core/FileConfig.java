package io.linnet.chat.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where file transfers keep their files and how they pace themselves. The user's choices (size cap,
 * auto-accept) are settings in the database, not here.
 *
 * @param downloads where received files are written (and nowhere else); {@code null}: this engine does not
 *     do file transfers
 * @param staging where a copy of each file being sent is kept until it is no longer offered
 * @param packetTimeout how long a receiver waits for the next packet before asking again (Spixi: 60 s)
 * @param sendBytesPerSecond most file bytes sent per second, over all transfers (0: no limit); the default
 *     stays under a relay's default inbound limit of 8 MiB/s per connection, which cuts off a client above it
 * @param offerLifetime how long an outgoing file stays available to receivers
 */
public record FileConfig(Path downloads, Path staging, Duration packetTimeout, long sendBytesPerSecond, Duration offerLifetime) {
    /** The default send rate: 6 MiB/s. */
    public static final long DEFAULT_SEND_RATE = 6L * 1024 * 1024;

    public FileConfig {
        Objects.requireNonNull(packetTimeout, "packetTimeout");
        Objects.requireNonNull(offerLifetime, "offerLifetime");
        if ((downloads == null) != (staging == null)) {
            throw new IllegalArgumentException("downloads and staging folders go together");
        }
        if (packetTimeout.isNegative() || packetTimeout.isZero() || sendBytesPerSecond < 0 || offerLifetime.isNegative()) {
            throw new IllegalArgumentException("timeout " + packetTimeout + ", rate " + sendBytesPerSecond + ", lifetime " + offerLifetime);
        }
    }

    /** No folders yet: 60 s packet timeout, 6 MiB/s, offers kept 5 days. */
    public static FileConfig defaults() {
        return new FileConfig(null, null, Duration.ofSeconds(60), DEFAULT_SEND_RATE, Duration.ofDays(5));
    }

    /** The profile's folders: {@code <dir>/downloads} and {@code <dir>/outgoing-files}. */
    public FileConfig inProfile(Path dir) {
        return withFolders(dir.resolve("downloads"), dir.resolve("outgoing-files"));
    }

    public FileConfig withFolders(Path downloadsDir, Path stagingDir) {
        return new FileConfig(downloadsDir.toAbsolutePath().normalize(), stagingDir.toAbsolutePath().normalize(),
                packetTimeout, sendBytesPerSecond, offerLifetime);
    }

    public FileConfig withPacketTimeout(Duration t) {
        return new FileConfig(downloads, staging, t, sendBytesPerSecond, offerLifetime);
    }

    public FileConfig withSendRate(long bytesPerSecond) {
        return new FileConfig(downloads, staging, packetTimeout, bytesPerSecond, offerLifetime);
    }

    /** Whether the folders are set. */
    public boolean enabled() {
        return downloads != null;
    }
}
