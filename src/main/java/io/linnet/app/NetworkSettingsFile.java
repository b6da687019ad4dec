package io.linnet.app;

import io.linnet.ui.NetworkSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A profile's network settings in {@code network.properties}: {@code profile} (only {@code local} for
 * now), {@code relays} (comma-separated host:port), {@code hostRelay} (true unless turned off). A missing
 * or unreadable file gives the defaults; entries that are not host:port are dropped with a warning.
 */
final class NetworkSettingsFile {
    static final String FILE = "network.properties";
    private static final Logger LOG = LoggerFactory.getLogger(NetworkSettingsFile.class);
    private final Path file;

    NetworkSettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    static NetworkSettings defaults() {
        return new NetworkSettings("local", java.util.List.of(), true);
    }

    NetworkSettings read() {
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring unreadable {}: {}", file, e.toString());
            return defaults();
        }
        var relays = Arrays.stream(p.getProperty("relays", "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .filter(s -> {
                    boolean ok = NetworkSettings.validRelay(s);
                    if (!ok) {
                        LOG.warn("{}: ignoring relay '{}' (not host:port)", file, s);
                    }
                    return ok;
                }).toList();
        return new NetworkSettings(p.getProperty("profile", "local"), relays, Boolean.parseBoolean(p.getProperty("hostRelay", "true")));
    }

    void write(NetworkSettings s) throws IOException {
        Properties p = new Properties();
        p.setProperty("profile", s.profile());
        p.setProperty("relays", String.join(",", s.relays()));
        p.setProperty("hostRelay", Boolean.toString(s.hostRelay()));
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Linnet network settings (applied at the next start)");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
