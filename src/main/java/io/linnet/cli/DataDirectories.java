package io.linnet.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Linnet keeps its data by default: {@code $XDG_DATA_HOME/linnet} (else
 * {@code ~/.local/share/linnet}) on Linux and other Unixes, {@code %LOCALAPPDATA%\Linnet} on Windows,
 * {@code ~/Library/Application Support/Linnet} on macOS.
 */
public final class DataDirectories {
    private DataDirectories() {}

    /** Linnet's data directory for this platform and environment. */
    public static Path linnet() {
        return linnet(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    static Path linnet(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("Linnet");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Linnet");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("linnet");
    }

    /** The relay's default data directory: {@code <linnet>/relay}. */
    public static Path relay() {
        return linnet().resolve("relay");
    }
}
