package io.linnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoriesTest {
    private final Path home = Path.of("/home/ann");

    @Test
    void linuxUsesXdgDataHomeWhenAbsoluteElseLocalShare() {
        assertEquals(Path.of("/data/linnet"), DataDirectories.linnet("Linux", Map.of("XDG_DATA_HOME", "/data"), home));
        assertEquals(Path.of("/home/ann/.local/share/linnet"), DataDirectories.linnet("Linux", Map.of(), home));
        assertEquals(Path.of("/home/ann/.local/share/linnet"),
                DataDirectories.linnet("Linux", Map.of("XDG_DATA_HOME", "relative"), home), "relative XDG paths are ignored");
    }

    @Test
    void windowsAndMacUseTheirUsualPlaces() {
        assertEquals(Path.of("C:\\Users\\ann\\AppData\\Local").resolve("Linnet"),
                DataDirectories.linnet("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"), home));
        assertEquals(home.resolve("AppData").resolve("Local").resolve("Linnet"),
                DataDirectories.linnet("Windows 11", Map.of(), home));
        assertEquals(home.resolve("Library").resolve("Application Support").resolve("Linnet"),
                DataDirectories.linnet("Mac OS X", Map.of(), home));
    }
}
