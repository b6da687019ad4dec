package io.linnet.chat.identity;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletCodec;
import io.linnet.ixian.wallet.WrongPasswordException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wallet file of one profile: an Ixian version-5 wallet, encrypted with the user's password
 * (at least {@link WalletCodec#MIN_PASSWORD_LENGTH} characters), readable by Ixian's own tools.
 *
 * <p>Every write goes to a temporary file in the same directory, is forced to disk and then moved over the
 * old file atomically, so a crash or a wrong password never leaves a half-written or lost wallet.
 * Stateless apart from the path; callers serialise writes to one file.
 */
public final class WalletVault {
    private static final Logger LOG = LoggerFactory.getLogger(WalletVault.class);
    /** The wallet's file name inside a profile directory. */
    public static final String FILE_NAME = "linnet.wal";

    private final Path file;

    public WalletVault(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The vault of the profile in {@code dataDir}. */
    public static WalletVault in(Path dataDir) {
        return new WalletVault(dataDir.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Creates a new RSA-4096 identity and stores it under {@code password}; refuses to replace a wallet. */
    public UnlockedIdentity create(String password) {
        checkPassword(password);
        return create(Wallet.generate(), password);
    }

    /** Stores {@code wallet} (a fresh or restored v5 wallet) as this profile's wallet; never replaces one. */
    public UnlockedIdentity create(Wallet wallet, String password) {
        checkPassword(password);
        if (exists()) {
            throw new IllegalStateException("a wallet already exists at " + file);
        }
        UnlockedIdentity id = UnlockedIdentity.of(wallet);
        writeAtomically(WalletCodec.writeV5(wallet, password));
        LOG.info("created wallet for {} at {}", id.address(), file);
        return id;
    }

    /**
     * Stores {@code walletFile} byte for byte (a wallet file taken from a backup, so a wallet of any
     * version Ixian reads stays as it was) after checking that {@code password} opens it; never replaces a
     * wallet.
     *
     * @throws WrongPasswordException the password does not open the file; nothing was written
     * @throws ProtocolException the bytes are not a wallet file; nothing was written
     */
    public UnlockedIdentity restore(byte[] walletFile, String password) throws WrongPasswordException, ProtocolException {
        UnlockedIdentity id = UnlockedIdentity.of(WalletCodec.read(walletFile, password));
        if (exists()) {
            throw new IllegalStateException("a wallet already exists at " + file);
        }
        writeAtomically(walletFile);
        LOG.info("restored wallet for {} at {}", id.address(), file);
        return id;
    }

    /**
     * Opens the wallet.
     *
     * @throws WrongPasswordException the password does not open it; nothing is changed
     */
    public UnlockedIdentity unlock(String password) throws WrongPasswordException {
        try {
            return UnlockedIdentity.of(WalletCodec.read(Files.readAllBytes(file), password));
        } catch (ProtocolException e) {
            throw new IllegalStateException("the wallet file " + file + " is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Re-encrypts the wallet under {@code newPassword}.
     *
     * @throws WrongPasswordException {@code oldPassword} does not open it; the file is untouched
     */
    public UnlockedIdentity changePassword(String oldPassword, String newPassword) throws WrongPasswordException {
        checkPassword(newPassword);
        UnlockedIdentity id = unlock(oldPassword);
        writeAtomically(WalletCodec.writeV5(id.wallet(), newPassword));
        LOG.info("wallet password changed for {}", id.address());
        return id;
    }

    /** The raw (encrypted) wallet file, for a backup. */
    public byte[] rawFile() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rejects passwords Ixian would refuse. */
    public static void checkPassword(String password) {
        if (password == null || password.length() < WalletCodec.MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password needs at least " + WalletCodec.MIN_PASSWORD_LENGTH
                    + " characters");
        }
    }

    private void writeAtomically(byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                try (var ch = Files.newByteChannel(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ch.write(java.nio.ByteBuffer.wrap(bytes));
                    if (ch instanceof java.nio.channels.FileChannel fc) {
                        fc.force(true);
                    }
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the wallet " + file, e);
        }
    }
}
