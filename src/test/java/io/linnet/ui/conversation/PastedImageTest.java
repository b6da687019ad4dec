package io.linnet.ui.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture pasted without a file is saved as a lossless PNG under a name of its own. */
class PastedImageTest {
    @TempDir
    Path dir;

    private static PastedImage picture(int w, int h) {
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            int alpha = i % 7 == 0 ? 0x80 : 0xFF;
            px[i] = alpha << 24 | (i * 0x9E3779B1) & 0xFFFFFF;
        }
        return new PastedImage(w, h, px);
    }

    @Test
    void writesALosslessPngNamedForWhenItWasPastedWithoutOverwriting() throws Exception {
        PastedImage p = picture(37, 21);
        LocalDateTime at = LocalDateTime.of(2026, 11, 21, 15, 4, 5);
        Path folder = dir.resolve("Pasted");
        Path first = p.writePng(folder, at);
        Path second = p.writePng(folder, at);
        assertEquals("Pasted image 2026-11-21 15.04.05.png", first.getFileName().toString());
        assertEquals("Pasted image 2026-11-21 15.04.05 (2).png", second.getFileName().toString());
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no part file is left behind");
        }
        BufferedImage back = ImageIO.read(first.toFile());
        assertEquals(37, back.getWidth());
        assertEquals(21, back.getHeight());
        assertArrayEquals(p.argb(), back.getRGB(0, 0, 37, 21, null, 0, 37), "every pixel, alpha included");
    }

    @Test
    void noPictureIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PastedImage(0, 5, new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new PastedImage(2, 2, new int[3]));
    }
}
