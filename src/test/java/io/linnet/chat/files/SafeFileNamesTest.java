package io.linnet.chat.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from peers made safe; free names found without replacing anything. */
class SafeFileNamesTest {

    @Test
    void pathsAreCutToTheirLastElement() {
        assertEquals("x.txt", SafeFileNames.sanitize("../../x.txt"));
        assertEquals("x.txt", SafeFileNames.sanitize("..\\..\\x.txt"));
        assertEquals("x.txt", SafeFileNames.sanitize("C:\\Windows\\x.txt"));
        assertEquals("x.txt", SafeFileNames.sanitize("/abs/x.txt"));
        assertEquals("file", SafeFileNames.sanitize("dir/"));
        assertEquals("file", SafeFileNames.sanitize(".."));
        assertEquals("file", SafeFileNames.sanitize(null));
        assertEquals("d_ x.txt", SafeFileNames.sanitize("d: x.txt"), "a drive-relative or stream name");
    }

    @Test
    void windowsDeviceNamesAreDefused() {
        for (String n : new String[] {"CON", "con", "Prn.txt", "aux.tar.gz", "NUL", "COM1", "com9.log", "LPT3", "CONIN$", "COM¹.x"}) {
            assertEquals("_" + n, SafeFileNames.sanitize(n), n);
        }
        assertEquals("CONSOLE.txt", SafeFileNames.sanitize("CONSOLE.txt"));
        assertEquals("COM10", SafeFileNames.sanitize("COM10"));
    }

    @Test
    void invisibleAndForbiddenCharactersGo() {
        assertEquals("photogpj.exe", SafeFileNames.sanitize("photo\u202Egpj.exe"), "right-to-left override");
        assertEquals("ab.txt", SafeFileNames.sanitize("a\u200Bb.txt"), "zero-width space");
        assertEquals("ab.txt", SafeFileNames.sanitize("a\u0000\u001f\u007fb.txt"));
        assertEquals("ab.txt", SafeFileNames.sanitize("a\tb.txt"), "tabs are control characters too");
        assertEquals("a b.txt", SafeFileNames.sanitize("a\u2003b.txt"), "other spaces become plain ones");
        assertEquals("a_b_c_d_e_f_g.txt", SafeFileNames.sanitize("a<b>c\"d|e?f*g.txt"));
        assertEquals("name", SafeFileNames.sanitize(" .name. . "), "leading dots and trailing dots and spaces");
        assertEquals("é.txt", SafeFileNames.sanitize("e\u0301.txt"), "NFC");
        assertEquals("日本語.txt", SafeFileNames.sanitize("日本語.txt"));
    }

    @Test
    void longNamesKeepTheirExtensionAndWholeCharacters() {
        String longName = "ä".repeat(150) + ".jpeg";
        String safe = SafeFileNames.sanitize(longName);
        assertTrue(safe.getBytes(StandardCharsets.UTF_8).length <= SafeFileNames.MAX_BYTES);
        assertTrue(safe.endsWith(".jpeg"));
        assertEquals("ä".repeat(97) + ".jpeg", safe);
        String noExt = "😀".repeat(100);
        assertEquals("😀".repeat(50), SafeFileNames.sanitize(noExt));
        assertEquals(200, SafeFileNames.sanitize("a".repeat(500) + "." + "b".repeat(40)).length(), "a long extension is not kept");
    }

    @Test
    void freeNamesNeverReplaceAFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old");
        Files.writeString(dir.resolve("a (1).txt"), "old too");
        Path src = Files.writeString(dir.resolve(".part1"), "new");
        Path moved = SafeFileNames.moveIntoUnique(src, dir, "a.txt");
        assertEquals(dir.resolve("a (2).txt"), moved);
        assertEquals("old", Files.readString(dir.resolve("a.txt")));
        assertEquals("new", Files.readString(moved));
        assertFalse(Files.exists(src));
        Path noExt = SafeFileNames.moveIntoUnique(Files.writeString(dir.resolve(".p"), "x"), dir, "README");
        assertEquals(dir.resolve("README"), noExt);
        assertEquals("README (1)", SafeFileNames.numbered("README", 1));
        assertThrows(IOException.class, () -> SafeFileNames.moveIntoUnique(Files.writeString(dir.resolve(".q"), "x"), dir, "../up.txt"));
    }

    @Test
    void mediaTypesComeFromTheExtension() {
        assertEquals("image/png", MediaTypes.of("a.PNG"));
        assertEquals("image/jpeg", MediaTypes.of("x.tar.jpg"));
        assertEquals(MediaTypes.UNKNOWN, MediaTypes.of("noext"));
        assertEquals(MediaTypes.UNKNOWN, MediaTypes.of("trailing."));
        assertTrue(MediaTypes.isPlainImage(MediaTypes.of("cat.webp")));
        assertFalse(MediaTypes.isPlainImage(MediaTypes.of("drawing.svg")), "SVG can carry scripts");
        assertFalse(MediaTypes.isPlainImage(MediaTypes.of("doc.pdf")));
    }

    @Test
    void thePacerSpacesPacketsOutAtItsRate() {
        Pacer p = new Pacer(1_000_000);
        long now = -5_000_000_000L;      // nanoTime may be negative
        assertEquals(0, p.reserve(100_000, now));
        assertEquals(100_000_000, p.reserve(100_000, now), "the second waits for the first's 100 ms");
        assertEquals(150_000_000, p.reserve(100_000, now + 50_000_000));
        assertEquals(0, p.reserve(100_000, now + 10_000_000_000L), "idle time is not saved up");
        assertEquals(0, new Pacer(0).reserve(1_000_000, now), "0 means no limit");
    }
}
