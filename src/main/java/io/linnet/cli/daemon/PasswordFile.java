package io.linnet.cli.daemon;

import io.linnet.cli.InvalidInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wallet password of an unattended daemon, read from a file at start ({@code --password-file FILE}, or
 * the environment variable {@value #ENV} when the option is not given) so that a bot or server comes back
 * after a reboot without anyone calling {@code POST /v1/unlock}. The file holds the password as UTF-8; one
 * trailing line break is dropped, nothing else is trimmed. Where the file system has POSIX permissions a
 * file that others may read is refused and one its group may read is accepted with a warning. The password
 * itself is never logged or put into a message. Stateless.
 */
final class PasswordFile {
    /** The environment variable naming the file when {@code --password-file} is not given. */
    static final String ENV = "LINNET_PASSWORD_FILE";
    private static final Logger LOG = LoggerFactory.getLogger(PasswordFile.class);

    private PasswordFile() {}

    /** The file to read: the option if given, else the environment variable if set and not blank. */
    static Optional<Path> choose(Path option, Map<String, String> env) {
        if (option != null) {
            return Optional.of(option);
        }
        String fromEnv = env.get(ENV);
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
    }

    /**
     * Reads the password from {@code file}.
     *
     * @throws InvalidInputException the file is missing, unreadable, readable by others, not UTF-8 or empty
     */
    static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("password file " + file + " does not exist or is not a regular file");
        }
        checkPermissions(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("password file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new InvalidInputException("password file " + file + " is empty");
        }
        return text;
    }

    private static void checkPermissions(Path file) {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the permissions of password file " + file + ": " + e.getMessage(), e);
        }
        if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new InvalidInputException("password file " + file + " is accessible by every user on this machine;"
                    + " make it private first (chmod 600)");
        }
        if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.GROUP_WRITE)) {
            LOG.warn("password file {} is accessible by its group; chmod 600 keeps it to its owner", file);
        }
    }
}
