package io.linnet.app;

import io.linnet.chat.identity.BackupFile;
import io.linnet.chat.identity.InvalidBackupException;
import io.linnet.chat.identity.ProfileSnapshot;
import io.linnet.chat.identity.ProfileSnapshots;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.identity.WalletVault;
import io.linnet.chat.store.Database;
import io.linnet.chat.store.DatabaseKey;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.Identity;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.wallet.WrongPasswordException;
import io.linnet.store.SqliteDatabase;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore of a whole profile: the wallet file as stored plus a {@link ProfileSnapshot} of the
 * database, in a {@link BackupFile}. Export reads one consistent snapshot in a read transaction, so it may
 * run while the engine works; restore only ever creates a new profile directory's files. Stateless.
 */
final class ProfileBackup {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileBackup.class);

    private ProfileBackup() {}

    /** Writes the backup to {@code target} through a temporary file and an atomic move. */
    static void export(WalletVault vault, Database db, Path target, String password, boolean includeHistory)
            throws WrongPasswordException, IOException {
        vault.unlock(password);
        ProfileSnapshot snapshot = db.read(tx -> ProfileSnapshots.take(tx, includeHistory));
        byte[] file = BackupFile.write(vault.rawFile(), snapshot, password);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(file));
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        LOG.info("backup of {} contacts, {} groups, {} messages written to {}", snapshot.contacts().size(),
                snapshot.groups().size(), snapshot.messages().size(), target);
    }

    /**
     * Creates a profile in {@code newDataDir} from {@code backup}. The whole file is read and checked before
     * anything is written; if writing fails half-way the files created here are removed again.
     */
    static Address restore(Path backup, String password, Path newDataDir)
            throws WrongPasswordException, InvalidBackupException, IOException {
        BackupFile.Contents contents = BackupFile.read(Files.readAllBytes(backup), password);
        WalletVault vault = WalletVault.in(newDataDir);
        Path dbFile = newDataDir.resolve(ProfileRuntime.DATABASE_FILE);
        if (vault.exists() || Files.exists(dbFile)) {
            throw new FileAlreadyExistsException(newDataDir.toString(), null, "a profile already exists there");
        }
        List<Path> created = new ArrayList<>();
        try {
            UnlockedIdentity id;
            try {
                id = vault.restore(contents.walletFile(), password);
            } catch (ProtocolException e) {
                throw new InvalidBackupException(InvalidBackupException.Reason.DAMAGED, "the wallet in the backup is damaged", e);
            }
            created.add(vault.file());
            created.add(dbFile);
            try (SqliteDatabase db = SqliteDatabase.open(dbFile, DatabaseKey.password(password))) {
                db.useTransaction(Durability.FULL, tx -> {
                    tx.identity().save(new Identity(id.address(), "", Bytes.EMPTY, Bytes.of(CryptoRandom.bytes(16)),
                            vault.file().toString()));
                    ProfileSnapshots.restore(tx, contents.snapshot());
                });
            }
            LOG.info("restored {} into {} ({} contacts, {} groups, {} messages)", id.address(), newDataDir,
                    contents.contacts().size(), contents.snapshot().groups().size(), contents.snapshot().messages().size());
            return id.address();
        } catch (WrongPasswordException | InvalidBackupException | RuntimeException e) {
            removeQuietly(created);
            throw e;
        }
    }

    private static void removeQuietly(List<Path> files) {
        for (Path f : files) {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                try {
                    Files.deleteIfExists(f.resolveSibling(f.getFileName() + suffix));
                } catch (IOException e) {
                    LOG.warn("could not remove {} after a failed restore", f, e);
                }
            }
        }
    }
}
