package io.linnet.ui.common;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** PNG bytes of JavaFX images (avatars, screenshots), without the javafx-swing module. */
public final class ImageBytes {
    private ImageBytes() {}

    /** The image as PNG. */
    public static byte[] png(Image img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePng(img, out);
        return out.toByteArray();
    }

    public static void writePng(Image img, OutputStream out) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        encode(b, out);
    }

    private static void encode(BufferedImage b, OutputStream out) {
        try {
            if (!ImageIO.write(b, "png", out)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An avatar from a picture file's image: the centre square, scaled to {@code size} pixels, as PNG.
     * Loading with {@code new Image(url, size, size, true, true)} first keeps this cheap.
     */
    public static byte[] squareAvatar(Image img, int size) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int side = Math.min(w, h);
        int x0 = (w - side) / 2;
        int y0 = (h - side) / 2;
        PixelReader r = img.getPixelReader();
        BufferedImage b = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                b.setRGB(x, y, r.getArgb(x0 + x * side / size, y0 + y * side / size));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encode(b, out);
        return out.toByteArray();
    }
}
