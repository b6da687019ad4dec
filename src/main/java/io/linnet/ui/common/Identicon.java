package io.linnet.ui.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A picture that tells addresses apart at a glance: a 5×5 left-right mirrored pattern on a soft
 * background, both taken from SHA-256 of the text (an address), so the same address always looks the same.
 */
public final class Identicon {
    private static final int CELLS = 5;

    private Identicon() {}

    /** The {@code size}×{@code size} identicon of {@code seed}. */
    public static Image of(String seed, int size) {
        byte[] h = sha256(seed);
        Color fg = colour(seed);
        Color bg = fg.deriveColor(0, 0.25, 1.0, 1.0).interpolate(Color.WHITE, 0.75);
        boolean[][] on = new boolean[CELLS][CELLS];
        for (int y = 0; y < CELLS; y++) {
            for (int x = 0; x < (CELLS + 1) / 2; x++) {
                boolean bit = ((h[1 + y * 3 + x] & 0xFF) & 1) == 1;
                on[y][x] = bit;
                on[y][CELLS - 1 - x] = bit;
            }
        }
        WritableImage img = new WritableImage(size, size);
        PixelWriter w = img.getPixelWriter();
        double margin = size * 0.15;
        double cell = (size - 2 * margin) / CELLS;
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                int cx = (int) Math.floor((px - margin) / cell);
                int cy = (int) Math.floor((py - margin) / cell);
                boolean inside = cx >= 0 && cy >= 0 && cx < CELLS && cy < CELLS;
                w.setColor(px, py, inside && on[cy][cx] ? fg : bg);
            }
        }
        return img;
    }

    /** A stable, readable colour for {@code seed} (group authors' names use it too). */
    public static Color colour(String seed) {
        byte[] h = sha256(seed);
        double hue = ((h[0] & 0xFF) << 8 | (h[31] & 0xFF)) % 360;
        return Color.hsb(hue, 0.55, 0.72);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
