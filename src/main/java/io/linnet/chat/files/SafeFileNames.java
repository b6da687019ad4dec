package io.linnet.chat.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a file name a peer sent into one that is safe to create in the downloads folder on any desktop
 * system, and finds a free name there. A sender controls the name completely, so: only the last path
 * element is kept ({@code /}, {@code \} and {@code ..} cannot climb out); control and invisible formatting
 * characters (which can disguise an extension) are dropped; characters Windows forbids become {@code _};
 * leading dots (hidden files, {@code ..}) and trailing dots and spaces (which Windows strips) go; Windows'
 * reserved device names ({@code CON}, {@code NUL}, {@code COM1} …, with any extension) get a {@code _} in
 * front; the name is cut to {@link #MAX_BYTES} UTF-8 bytes keeping a short extension; an empty result is
 * {@code file}. Stateless.
 */
public final class SafeFileNames {
    /** Longest name produced, in UTF-8 bytes (file systems allow 255). */
    public static final int MAX_BYTES = 200;
    private static final int MAX_EXTENSION = 16;
    private static final Set<String> RESERVED = reserved();

    private SafeFileNames() {}

    private static Set<String> reserved() {
        java.util.HashSet<String> s = new java.util.HashSet<>(Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"));
        for (int i = 0; i <= 9; i++) {
            s.add("COM" + i);
            s.add("LPT" + i);
        }
        s.addAll(Set.of("COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"));
        return Set.copyOf(s);
    }

    /** A safe, non-empty name for {@code raw} (which may be anything a peer sent, or {@code null}). */
    public static String sanitize(String raw) {
        String name = raw == null ? "" : raw;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = Normalizer.normalize(name.substring(cut + 1), Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || cp == 0x2028 || cp == 0x2029) {
                return;
            }
            b.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : Character.isWhitespace(cp) ? ' ' : cp);
        });
        name = trim(b.toString());
        if (name.isEmpty()) {
            return "file";
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return shorten(name);
    }

    /** Strips spaces and dots from the start and spaces and dots from the end. */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String shorten(String name) {
        if (utf8(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = ext.isEmpty() ? name : name.substring(0, dot);
        int budget = MAX_BYTES - utf8(ext);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int n = utf8(new String(Character.toChars(cp)));
            if (used + n > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += n;
            i += Character.charCount(cp);
        }
        String out = trim(kept.toString()) + ext;
        return out.isEmpty() ? "file" : out;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code name} with {@code " (n)"} before its extension, for the n-th name already taken. */
    static String numbered(String name, int n) {
        if (n == 0) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + " (" + n + ")" + ext;
    }

    /**
     * Moves {@code source} into {@code dir} under {@code safeName}, or the first free {@code "name (n).ext"},
     * never replacing a file that is there; returns where it went.
     *
     * @throws IOException the move failed, or no free name was found
     */
    public static Path moveIntoUnique(Path source, Path dir, String safeName) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        for (int n = 0; n < 10_000; n++) {
            Path target = folder.resolve(numbered(safeName, n)).normalize();
            if (!folder.equals(target.getParent())) {
                throw new IOException("the name " + safeName + " leaves the downloads folder");
            }
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                return Files.move(source, target);
            } catch (FileAlreadyExistsException raced) {
                // taken between the check and the move: try the next number
            }
        }
        throw new IOException("no free name for " + safeName + " in " + folder);
    }
}
