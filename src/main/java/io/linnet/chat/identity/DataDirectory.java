package io.linnet.chat.identity;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a profile keeps its files: {@code $XDG_DATA_HOME/linnet/<profile>} (else
 * {@code ~/.local/share/linnet/<profile>}) on Linux and other Unix systems,
 * {@code %APPDATA%\Linnet\<profile>} on Windows and {@code ~/Library/Application Support/Linnet/<profile>}
 * on macOS. An explicit directory ({@code --data-dir}) wins over all of these, so several identities can
 * run side by side on one machine.
 *
 * <p>Pure computation over the values passed in; no file is touched. Thread-safe.
 */
public final class DataDirectory {
    /** The profile used when none is named. */
    public static final String DEFAULT_PROFILE = "default";

    private DataDirectory() {}

    /** The directory for {@code profile} on this machine, or {@code override} when given. */
    public static Path resolve(Optional<Path> override, String profile) {
        return resolve(override, profile, System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** {@link #resolve(Optional, String)} with the operating system, environment and home passed in. */
    public static Path resolve(Optional<Path> override, String profile, String osName, Map<String, String> env,
            Path home) {
        Objects.requireNonNull(override, "override");
        if (override.isPresent()) {
            return override.get().toAbsolutePath();
        }
        String p = checkProfile(profile);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("Linnet").resolve(p);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/Linnet").resolve(p);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("linnet").resolve(p);
    }

    /** A profile name is one plain path segment: letters, digits, '-', '_' and '.', not starting with '.'. */
    public static String checkProfile(String profile) {
        if (profile == null || !profile.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("profile names are 1-64 letters, digits, '.', '-' or '_': " + profile);
        }
        return profile;
    }
}
