package io.linnet.ui.settings;

import io.linnet.ui.theme.ThemeChoice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's own settings, in {@code desktop.properties} in the profile directory (plain text, no
 * secrets): theme, notifications, window size and position, the last open chat. Read once before the
 * window opens; every change is written in the background (temp file, then an atomic move).
 */
public final class DesktopPreferences {
    public static final String FILE = "desktop.properties";
    private static final Logger LOG = LoggerFactory.getLogger(DesktopPreferences.class);
    private final Path file;
    private final Properties values;
    private final Executor writer;

    private DesktopPreferences(Path file, Properties values, Executor writer) {
        this.file = file;
        this.values = values;
        this.writer = writer;
    }

    /** Reads the settings of {@code dataDir} (blocking: call before the window opens); missing file, defaults. */
    public static DesktopPreferences load(Path dataDir, Executor writer) {
        Properties p = new Properties();
        Path f = dataDir.resolve(FILE);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("ignoring unreadable {}: {}", f, e.toString());
                p.clear();
            }
        }
        return new DesktopPreferences(f, p, writer);
    }

    public synchronized ThemeChoice theme() {
        return ThemeChoice.parse(values.getProperty("theme", "system"));
    }

    public void theme(ThemeChoice c) {
        set("theme", c.name().toLowerCase(java.util.Locale.ROOT));
    }

    public synchronized boolean notifications() {
        return Boolean.parseBoolean(values.getProperty("notifications", "true"));
    }

    public void notifications(boolean on) {
        set("notifications", Boolean.toString(on));
    }

    /** The window's last bounds and whether it was maximized, if known. */
    public synchronized Optional<WindowBounds> window() {
        try {
            return Optional.of(new WindowBounds(Double.parseDouble(values.getProperty("window.x")),
                    Double.parseDouble(values.getProperty("window.y")), Double.parseDouble(values.getProperty("window.width")),
                    Double.parseDouble(values.getProperty("window.height")), Boolean.parseBoolean(values.getProperty("window.maximized"))));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void window(WindowBounds b) {
        synchronized (this) {
            values.setProperty("window.x", Double.toString(b.x()));
            values.setProperty("window.y", Double.toString(b.y()));
            values.setProperty("window.width", Double.toString(b.width()));
            values.setProperty("window.height", Double.toString(b.height()));
            values.setProperty("window.maximized", Boolean.toString(b.maximized()));
        }
        save();
    }

    /** The address text of the chat that was open last, if any. */
    public synchronized Optional<String> lastChat() {
        return Optional.ofNullable(values.getProperty("lastChat"));
    }

    public void lastChat(String address) {
        set("lastChat", address);
    }

    private void set(String key, String value) {
        synchronized (this) {
            if (value.equals(values.getProperty(key))) {
                return;
            }
            values.setProperty(key, value);
        }
        save();
    }

    private void save() {
        Properties copy;
        synchronized (this) {
            copy = new Properties();
            copy.putAll(values);
        }
        writer.execute(() -> write(copy));
    }

    private synchronized void write(Properties p) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Linnet desktop settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not write {}", file, new UncheckedIOException(e));
        }
    }

    /** A window's place on screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}
}
