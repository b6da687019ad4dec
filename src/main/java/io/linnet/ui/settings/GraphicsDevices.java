package io.linnet.ui.settings;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a Linux computer has any graphics hardware an OpenGL driver could draw with, judged before JavaFX
 * starts from the device files alone. Every hardware OpenGL driver on Linux reaches its GPU through one of
 * them: a DRM node under {@code /dev/dri} (the Mesa drivers: Intel, AMD, nouveau, virtio-gpu, ...), the
 * NVIDIA driver's {@code /dev/nvidiactl} and {@code /dev/nvidia0...}, or WSL's {@code /dev/dxg}. When none
 * of them can be opened for reading and writing by this user, OpenGL can only be Mesa's software renderer,
 * which JavaFX refuses after loading it, so probing is pointless.
 *
 * <p>The answer counts only for a local X display ({@code :0}, {@code unix:1.0}): with a forwarded display
 * ({@code localhost:10.0}) the drawing could happen on the other computer's GPU, so that case is left to
 * JavaFX's probe. A device that exists but cannot draw (a display-only DRM driver, say) is also left to
 * the probe, and {@link SoftwareRendering}'s record saves later starts from it.
 *
 * <p>Imports nothing from JavaFX: it runs before the toolkit is loaded.
 */
public final class GraphicsDevices {
    private static final Pattern LOCAL_X_DISPLAY = Pattern.compile("(unix)?:\\d+(\\.\\d+)?");
    private static final Pattern NVIDIA_NODE = Pattern.compile("nvidia(ctl|\\d+)");

    private GraphicsDevices() {}

    /** This computer, as the process sees it: {@code os.name}, {@code /dev} and the environment. */
    public static boolean noneOnThisComputer() {
        return none(System.getProperty("os.name", ""), Path.of("/dev"), System.getenv());
    }

    /**
     * True only when {@code osName} is Linux, {@code env} names a local X display, and {@code dev} holds no
     * GPU device node this user can read and write. False whenever it cannot tell.
     */
    static boolean none(String osName, Path dev, Map<String, String> env) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux") || !localDisplay(env)) {
            return false;
        }
        try {
            return !anyUsable(dev.resolve("dri"), name -> true) && !anyUsable(dev, GraphicsDevices::isGpuNodeName);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A display on this computer: the X display JavaFX opens ({@code DISPLAY}), without a host name. */
    static boolean localDisplay(Map<String, String> env) {
        String display = env.getOrDefault("DISPLAY", "").strip();
        return LOCAL_X_DISPLAY.matcher(display).matches();
    }

    private static boolean isGpuNodeName(String name) {
        return name.equals("dxg") || NVIDIA_NODE.matcher(name).matches();
    }

    private static boolean anyUsable(Path dir, Predicate<String> name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (name.test(p.getFileName().toString()) && !Files.isDirectory(p) && Files.isReadable(p) && Files.isWritable(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
