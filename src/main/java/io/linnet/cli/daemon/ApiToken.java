package io.linnet.cli.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The bearer token of the local API: 32 random bytes as lowercase hex in {@code <data-dir>/api-token},
 * readable by the owner only (mode 0600 where the file system has POSIX permissions), created on the first
 * start and kept afterwards. Whoever can read the file may use the API. Immutable.
 */
public final class ApiToken {
    /** The token's file name inside the data directory. */
    public static final String FILE_NAME = "api-token";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] expected;

    private ApiToken(String hex) {
        this.expected = ("Bearer " + hex).getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads the token of {@code dataDir}, creating the file first if there is none. */
    public static ApiToken loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        Files.createDirectories(dataDir);
        if (!Files.exists(file)) {
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            try {
                create(file, HexFormat.of().formatHex(raw));
            } catch (FileAlreadyExistsException raced) {
                // another start wrote it first; use that one
            }
        }
        String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IOException(file + " does not hold a token (64 lowercase hex digits); delete it to make a new one");
        }
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null
                && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        return new ApiToken(hex);
    }

    private static void create(Path file, String hex) throws IOException {
        boolean posix = Files.getFileAttributeView(file.getParent(), java.nio.file.attribute.PosixFileAttributeView.class) != null;
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, hex + "\n", StandardCharsets.US_ASCII);
    }

    /** Whether an {@code Authorization} header carries this token; takes the same time whatever the header. */
    public boolean accepts(String authorizationHeader) {
        byte[] given = authorizationHeader == null ? new byte[0] : authorizationHeader.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
