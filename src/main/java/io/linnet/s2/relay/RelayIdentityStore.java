package io.linnet.s2.relay;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletCodec;
import io.linnet.ixian.wallet.WalletType;
import io.linnet.ixian.wallet.WrongPasswordException;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.presence.NodeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A relay's identity on disk: an Ixian v5 wallet ({@value #WALLET_FILE}, RSA-4096, v1 address) and, since
 * nobody is there to type a password, a generated one beside it ({@value #PASSWORD_FILE}: 32 random
 * bytes in base64url, one line). Both are created on first start with owner-only permissions (0600, the
 * directory 0700) where the file system has POSIX permissions. Whoever can read the password file can
 * use the relay's key: protect the data directory as you would an SSH host key.
 */
public final class RelayIdentityStore {
    private static final Logger log = LoggerFactory.getLogger(RelayIdentityStore.class);
    public static final String WALLET_FILE = "relay.wal";
    public static final String PASSWORD_FILE = "relay.wal.password";
    /** The product version relays announce (at most 20 characters). */
    public static final String PRODUCT_VERSION = "linnet-relay-0.1";

    private RelayIdentityStore() {}

    /** Loads the identity in {@code dir}, creating an RSA-4096 one on first use. */
    public static NodeIdentity loadOrCreate(Path dir) throws IOException {
        return loadOrCreate(dir, 4096);
    }

    /** As {@link #loadOrCreate(Path)}, with another key size for new identities (tests use 2048). */
    static NodeIdentity loadOrCreate(Path dir, int keyBits) throws IOException {
        Path wallet = dir.resolve(WALLET_FILE);
        Path password = dir.resolve(PASSWORD_FILE);
        if (Files.exists(wallet)) {
            return load(wallet, password);
        }
        if (Files.exists(password)) {
            throw new IOException(password + " exists without " + wallet + "; refusing to guess: move it away");
        }
        createPrivateDirectory(dir);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(CryptoRandom.bytes(32));
        RsaPrivateKey key = Rsa.generate(keyBits, 1);
        Wallet w = new Wallet(5, WalletType.FULL, CryptoRandom.bytes(Wallet.NEW_BASE_NONCE_BYTES), key.toIxianBytes(),
                key.publicKey().toIxianBytes(), null);
        writePrivate(password, (secret + "\n").getBytes(StandardCharsets.UTF_8));
        writePrivate(wallet, WalletCodec.writeV5(w, secret));
        NodeIdentity id = identity(key);
        log.info("created relay identity {} in {}", id.address(), dir);
        return id;
    }

    private static NodeIdentity load(Path wallet, Path password) throws IOException {
        if (!Files.exists(password)) {
            throw new IOException(wallet + " has no " + PASSWORD_FILE + " beside it");
        }
        String secret = Files.readString(password, StandardCharsets.UTF_8).strip();
        try {
            Wallet w = WalletCodec.read(Files.readAllBytes(wallet), secret);
            if (w.privateKey() == null) {
                throw new IOException(wallet + " is a viewing wallet; a relay needs its private key");
            }
            return identity(RsaPrivateKey.fromIxianBytes(w.privateKey()));
        } catch (WrongPasswordException e) {
            throw new IOException(password + " does not open " + wallet, e);
        } catch (ProtocolException e) {
            throw new IOException(wallet + " is not a readable wallet: " + e.getMessage(), e);
        }
    }

    private static NodeIdentity identity(RsaPrivateKey key) {
        return NodeIdentity.of(key, NodeType.RELAY, PRODUCT_VERSION, NodeIdentity.RELAY_DEVICE_ID);
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Writes via a 0600 temporary file and an atomic move, so a crash never leaves half a key. */
    private static void writePrivate(Path target, byte[] content) throws IOException {
        FileAttribute<?>[] attrs = posix(target)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp", attrs);
        try {
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(target + " appeared while creating it", e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
