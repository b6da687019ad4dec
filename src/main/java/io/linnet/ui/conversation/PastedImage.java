package io.linnet.ui.conversation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * Picture data pasted or dropped without a file behind it (a screenshot, an image copied from a browser):
 * its pixels, taken on the JavaFX thread, written as a PNG file off it so it can be sent like any other.
 */
record PastedImage(int width, int height, int[] argb) {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss");

    PastedImage {
        if (width <= 0 || height <= 0 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("no picture: " + width + "x" + height);
        }
    }

    /** The pixels of {@code image}; JavaFX thread (the image must be loaded). */
    static PastedImage of(Image image) {
        PixelReader r = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (r == null || w <= 0 || h <= 0) {
            throw new IllegalArgumentException("the clipboard's picture cannot be read");
        }
        int[] px = new int[Math.multiplyExact(w, h)];
        r.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return new PastedImage(w, h, px);
    }

    /**
     * Writes the picture as "Pasted image DATE TIME.png" in {@code folder} (created if missing; a number is
     * added when the name is taken) and returns the file. Blocking: not on the JavaFX thread.
     */
    Path writePng(Path folder, LocalDateTime now) {
        try {
            Files.createDirectories(folder);
            String base = "Pasted image " + NAME.format(now);
            Path file = folder.resolve(base + ".png");
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve(base + " (" + n + ").png");
            }
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            img.setRGB(0, 0, width, height, argb, 0, width);
            Path part = Files.createTempFile(folder, ".pasted-", ".part");
            try {
                if (!ImageIO.write(img, "png", part.toFile())) {
                    throw new IOException("no PNG writer");
                }
                return Files.move(part, file);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the pasted picture: " + e.getMessage(), e);
        }
    }
}
