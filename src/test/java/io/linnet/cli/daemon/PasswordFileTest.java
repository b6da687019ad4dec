package io.linnet.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.cli.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unattended daemon's password file: which file, what counts as the password, which files are refused. */
class PasswordFileTest {
    static final String SECRET = "  a long pass phrase ";

    @TempDir
    Path dir;

    Path file(String content, String mode) throws Exception {
        Path f = dir.resolve("pw-" + mode);
        Files.write(f, content.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    @Test
    void oneTrailingLineBreakIsDroppedAndNothingElse() throws Exception {
        assertEquals(SECRET, PasswordFile.read(file(SECRET + "\n", "rw-------")));
        assertEquals(SECRET, PasswordFile.read(file(SECRET + "\r\n", "r--------")));
        assertEquals(SECRET + "\n", PasswordFile.read(file(SECRET + "\n\n", "rw-------")));
        assertEquals("pässwörd ✓", PasswordFile.read(file("pässwörd ✓", "rw-------")));
    }

    @Test
    void aFileOthersMayReadIsRefusedAndTheMessageNeverHoldsThePassword() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PasswordFile.read(file(SECRET, "rw-r--r--")));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET.strip()));
        assertThrows(InvalidInputException.class, () -> PasswordFile.read(file(SECRET, "rw-----w-")));
        assertEquals(SECRET, PasswordFile.read(file(SECRET, "rw-r-----")), "group-readable is only warned about");
    }

    @Test
    void missingEmptyOrNonUtf8FilesAreRefused() throws Exception {
        assertThrows(InvalidInputException.class, () -> PasswordFile.read(dir.resolve("none")));
        assertThrows(InvalidInputException.class, () -> PasswordFile.read(dir));
        assertThrows(InvalidInputException.class, () -> PasswordFile.read(file("\n", "rw-------")));
        Path latin1 = dir.resolve("latin1");
        Files.write(latin1, new byte[] {'p', (byte) 0xE4, 's', 's'});
        Files.setPosixFilePermissions(latin1, PosixFilePermissions.fromString("rw-------"));
        assertThrows(InvalidInputException.class, () -> PasswordFile.read(latin1));
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        Path option = dir.resolve("option");
        Map<String, String> env = Map.of(PasswordFile.ENV, "/from/env");
        assertEquals(Optional.of(option), PasswordFile.choose(option, env));
        assertEquals(Optional.of(Path.of("/from/env")), PasswordFile.choose(null, env));
        assertEquals(Optional.empty(), PasswordFile.choose(null, Map.of(PasswordFile.ENV, " ")));
        assertEquals(Optional.empty(), PasswordFile.choose(null, Map.of()));
    }
}
