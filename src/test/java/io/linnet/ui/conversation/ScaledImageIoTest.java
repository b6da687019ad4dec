package io.linnet.ui.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebP pictures (which JavaFX cannot decode) still get a thumbnail, scaled and with their colours. */
class ScaledImageIoTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = ScaledImageIoTest.class.getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void losslessAndLossyWebpAreScaledKeepingTheirRatio() throws Exception {
        for (String name : new String[] {"gradient-lossless.webp", "gradient-lossy.webp"}) {
            // a 300x150 gradient from red (top) to blue (bottom)
            Image img = ScaledImageIo.read(resource(name), 120);
            assertNotNull(img, name);
            assertEquals(120, img.getWidth(), name);
            assertEquals(60, img.getHeight(), name);
            int top = img.getPixelReader().getArgb(60, 1);
            int bottom = img.getPixelReader().getArgb(60, 58);
            assertTrue((top >> 16 & 0xFF) > 200 && (top & 0xFF) < 60, name + " top is red: " + Integer.toHexString(top));
            assertTrue((bottom & 0xFF) > 200 && (bottom >> 16 & 0xFF) < 60, name + " bottom is blue: " + Integer.toHexString(bottom));
        }
    }

    @Test
    void smallPicturesAreNotEnlargedAndGarbageGivesNone() throws Exception {
        Image img = ScaledImageIo.read(resource("gradient-lossless.webp"), 1000);
        assertEquals(300, img.getWidth());
        Path junk = Files.write(dir.resolve("junk.webp"), "RIFF\0\0\0\0WEBPVP8 garbage".getBytes());
        assertNull(ScaledImageIo.read(junk, 100));
        assertNull(ScaledImageIo.read(dir.resolve("missing.webp"), 100));
    }
}
