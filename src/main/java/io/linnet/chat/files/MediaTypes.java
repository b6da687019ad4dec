package io.linnet.chat.files;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Media types guessed from a file name's extension (the bytes are never trusted for this). Stateless. */
public final class MediaTypes {
    /** What an unknown extension gives. */
    public static final String UNKNOWN = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("bmp", "image/bmp"),
            Map.entry("heic", "image/heic"), Map.entry("svg", "image/svg+xml"), Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"), Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"),
            Map.entry("md", "text/markdown"), Map.entry("csv", "text/csv"), Map.entry("json", "application/json"),
            Map.entry("zip", "application/zip"), Map.entry("gz", "application/gzip"), Map.entry("7z", "application/x-7z-compressed"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"), Map.entry("opus", "audio/opus"),
            Map.entry("m4a", "audio/mp4"), Map.entry("wav", "audio/wav"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("mov", "video/quicktime"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"));
    /** Images a desktop can show without running anything: the ones auto-accept may take. */
    private static final Set<String> PLAIN_IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp");

    private MediaTypes() {}

    /** The media type for {@code fileName}, {@link #UNKNOWN} if its extension is not known. */
    public static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** Whether {@code mediaType} is a plain raster image (not SVG, which can carry scripts). */
    public static boolean isPlainImage(String mediaType) {
        return PLAIN_IMAGES.contains(mediaType);
    }
}
