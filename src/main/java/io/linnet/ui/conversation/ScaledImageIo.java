package io.linnet.ui.conversation;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures in formats JavaFX cannot decode itself (WebP), read with ImageIO and its plugins and scaled
 * down for a thumbnail. Blocking: never on the JavaFX thread.
 */
final class ScaledImageIo {
    private static final Logger LOG = LoggerFactory.getLogger(ScaledImageIo.class);

    private ScaledImageIo() {
    }

    /** The picture in {@code file}, at most {@code size} pixels on its long side; {@code null} if unreadable. */
    static Image read(Path file, int size) {
        BufferedImage full;
        try (InputStream in = Files.newInputStream(file)) {
            full = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            LOG.debug("no thumbnail for {}: {}", file.getFileName(), e.toString());
            return null;
        }
        if (full == null || full.getWidth() <= 0 || full.getHeight() <= 0) {
            return null;
        }
        double scale = Math.min(1.0, (double) size / Math.max(full.getWidth(), full.getHeight()));
        int w = Math.max(1, (int) Math.round(full.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(full.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(full, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        int[] px = small.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return out;
    }
}
