package io.linnet.ui.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphicsDevicesTest {
    private static final Map<String, String> LOCAL = Map.of("DISPLAY", ":0");
    @TempDir
    Path dev;

    @Test
    void aLocalLinuxDisplayWithoutGpuDeviceFilesHasNoGraphicsDevice() throws Exception {
        Files.createFile(dev.resolve("null"));
        Files.createFile(dev.resolve("tty0"));
        Files.createDirectories(dev.resolve("dri/by-path"));
        assertTrue(GraphicsDevices.none("Linux", dev, LOCAL), "only other devices, and a folder under dri");
    }

    @Test
    void aDrmNvidiaOrWslNodeCountsAsGraphicsHardware() throws Exception {
        for (String node : new String[] {"dri/renderD128", "dri/card0", "nvidiactl", "nvidia0", "dxg"}) {
            Path d = Files.createTempDirectory(dev, "dev");
            Files.createDirectories(d.resolve(node).getParent());
            Files.createFile(d.resolve(node));
            assertFalse(GraphicsDevices.none("Linux", d, LOCAL), node);
        }
        Files.createFile(dev.resolve("nvidia-modeset-not-a-gpu"));
        assertTrue(GraphicsDevices.none("Linux", dev, LOCAL), "only nvidiactl and nvidiaN lead to the GPU");
    }

    @Test
    void aGpuNodeThisUserCannotOpenDoesNotCount() throws Exception {
        Path node = Files.createFile(Files.createDirectories(dev.resolve("dri")).resolve("renderD128"));
        Files.setPosixFilePermissions(node, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(node), "running as root: every file opens");
        assertTrue(GraphicsDevices.none("Linux", dev, LOCAL), "not in the render group: Mesa could only draw in software");
    }

    @Test
    void onlyLinuxWithALocalXDisplayIsJudged() {
        assertFalse(GraphicsDevices.none("Windows 11", dev, LOCAL));
        assertFalse(GraphicsDevices.none("Mac OS X", dev, LOCAL));
        assertFalse(GraphicsDevices.none("Linux", dev, Map.of("DISPLAY", "localhost:10.0")), "forwarded: the other computer may draw");
        assertFalse(GraphicsDevices.none("Linux", dev, Map.of()), "no display: JavaFX decides");
        assertTrue(GraphicsDevices.none("Linux", dev, Map.of("DISPLAY", "unix:1.0")));
    }

    @Test
    void localDisplayNames() {
        for (String d : new String[] {":0", ":99", ":1.0", "unix:0"}) {
            assertTrue(GraphicsDevices.localDisplay(Map.of("DISPLAY", d)), d);
        }
        for (String d : new String[] {"", "localhost:10.0", "192.168.1.5:0", "host:0.0", ":", "wayland-0"}) {
            assertFalse(GraphicsDevices.localDisplay(Map.of("DISPLAY", d)), d);
        }
    }
}
