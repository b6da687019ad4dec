package io.linnet.ui.conversation;

import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.TransferState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Scaled images of complete image files, for the message list: decoded in the background (the caller's
 * thread, never the FX thread), at most {@link #SIZE} pixels on the long side, the newest {@link #KEEP} kept.
 */
final class Thumbnails {
    /** The longest side of a thumbnail, in pixels. */
    static final int SIZE = 240;
    /** How many thumbnails are kept. */
    static final int KEEP = 64;
    /** Larger files are not decoded for a thumbnail. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Map<Long, Image> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > KEEP;
        }
    };

    /** The thumbnail of {@code file}, or {@code null} when it is no image, not complete, gone or unreadable. */
    synchronized Image of(FileTransfer file) {
        if (!isImage(file) || file.state() != TransferState.COMPLETE || file.path() == null || file.size() > MAX_BYTES) {
            return null;
        }
        Image cached = cache.get(file.id());
        if (cached != null) {
            return cached;
        }
        Path p = file.path();
        if (!Files.isRegularFile(p)) {
            return null;
        }
        Image img = file.mediaType().equals("image/webp") ? ScaledImageIo.read(p, SIZE)
                : new Image(p.toUri().toString(), SIZE, SIZE, true, true, false);
        if (img == null || img.isError() || img.getWidth() <= 0) {
            return null;
        }
        cache.put(file.id(), img);
        return img;
    }

    /** Whether the file is an image we can show (JavaFX's own formats, and WebP through ImageIO). */
    static boolean isImage(FileTransfer file) {
        return switch (file.mediaType()) {
            case "image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp" -> true;
            default -> false;
        };
    }
}
