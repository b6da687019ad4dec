package io.linnet.app;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.identity.WalletVault;
import io.linnet.chat.service.ChatEngine;
import io.linnet.chat.service.S2Transport;
import io.linnet.chat.store.DatabaseKey;
import io.linnet.chat.store.Identity;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.wallet.WrongPasswordException;
import io.linnet.s2.client.ClientIdentity;
import io.linnet.s2.client.S2Client;
import io.linnet.s2.client.S2ClientConfig;
import io.linnet.store.SqliteDatabase;
import io.linnet.chat.identity.InvalidBackupException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.wallet.Wallet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The composition root of one running profile: unlocks the wallet, opens the encrypted SQLite database
 * ({@code linnet.db}, keyed by the same password) in the profile directory, starts the S2 client and the
 * engine over them. The desktop app and the {@code daemon} command both build one of these; it runs until
 * {@link #close()} (closing a window does not close it).
 *
 * <p>Not thread-safe for {@link #changePassword}; everything else is the engine's and is.
 */
public final class ProfileRuntime implements AutoCloseable {
    /** The database's file name inside a profile directory. */
    public static final String DATABASE_FILE = "linnet.db";

    private final WalletVault vault;
    private final SqliteDatabase db;
    private final S2Client client;
    private final ChatEngine engine;

    private ProfileRuntime(WalletVault vault, SqliteDatabase db, S2Client client, ChatEngine engine) {
        this.vault = vault;
        this.db = db;
        this.client = client;
        this.engine = engine;
    }

    /**
     * Unlocks the profile in {@code dataDir} and goes online.
     *
     * @param network the S2 client settings for our identity (seeds, profile, timings)
     * @param events where engine events are delivered ({@code Platform::runLater} in the desktop app)
     * @param config the engine's settings; without file folders, the profile's {@code downloads} and
     *     {@code outgoing-files} directories are used
     * @throws WrongPasswordException the password does not open the wallet; nothing was changed
     */
    public static ProfileRuntime open(Path dataDir, String password, Function<ClientIdentity, S2ClientConfig> network,
            Executor events, EngineConfig config) throws WrongPasswordException {
        WalletVault vault = WalletVault.in(dataDir);
        UnlockedIdentity id = vault.unlock(password);
        SqliteDatabase db = SqliteDatabase.open(dataDir.resolve(DATABASE_FILE), DatabaseKey.password(password));
        try {
            Identity me = db.inTransaction(tx -> tx.identity().find().orElseGet(() -> {
                Identity fresh = new Identity(id.address(), "", Bytes.EMPTY, Bytes.of(CryptoRandom.bytes(16)),
                        vault.file().toString());
                tx.identity().save(fresh);
                return fresh;
            }));
            S2Client client = new S2Client(network.apply(ClientIdentity.of(id.key(), me.deviceId().toByteArray())));
            EngineConfig withFolders = config.files().enabled() ? config : config.withFiles(config.files().inProfile(dataDir));
            ChatEngine engine = ChatEngine.start(db, id, new S2Transport(client), events, withFolders);
            client.start();
            return new ProfileRuntime(vault, db, client, engine);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Creates a new profile in {@code dataDir} (a fresh RSA-4096 identity in a v5 wallet under
     * {@code password}), goes online and announces {@code nickname}. Refuses a directory that already
     * holds a wallet.
     *
     * @throws IllegalArgumentException the password is shorter than Ixian allows
     * @throws IllegalStateException a wallet already exists in {@code dataDir}
     */
    public static ProfileRuntime create(Path dataDir, String nickname, String password,
            Function<ClientIdentity, S2ClientConfig> network, Executor events, EngineConfig config) {
        WalletVault.checkPassword(password);
        return create(dataDir, nickname, password, Wallet.generate(), network, events, config);
    }

    /** {@link #create(Path, String, String, Function, Executor, EngineConfig)} with a given (v5) wallet. */
    public static ProfileRuntime create(Path dataDir, String nickname, String password, Wallet wallet,
            Function<ClientIdentity, S2ClientConfig> network, Executor events, EngineConfig config) {
        if (Files.exists(dataDir.resolve(DATABASE_FILE))) {
            throw new IllegalStateException("a profile database already exists in " + dataDir);
        }
        WalletVault.in(dataDir).create(wallet, password);
        ProfileRuntime rt;
        try {
            rt = open(dataDir, password, network, events, config);
        } catch (WrongPasswordException e) {
            throw new IllegalStateException("the wallet just created does not open", e);
        }
        if (nickname != null && !nickname.isBlank()) {
            rt.engine.setProfile(nickname, Bytes.EMPTY).toCompletableFuture().join();
        }
        return rt;
    }

    /**
     * Restores a backup into a new profile directory (the profile is not opened; call {@link #open}). The
     * new profile keeps the backup's password and gets a new device id. Nothing existing is overwritten.
     *
     * @return the restored identity's address
     * @throws WrongPasswordException the password does not open the backup; nothing was written
     * @throws InvalidBackupException the file is not a Linnet backup, is too new, or is damaged; nothing was
     *     written
     * @throws java.nio.file.FileAlreadyExistsException {@code newDataDir} already holds a profile
     */
    public static Address restore(Path backup, String password, Path newDataDir)
            throws WrongPasswordException, InvalidBackupException, IOException {
        return ProfileBackup.restore(backup, password, newDataDir);
    }

    /**
     * Writes a backup of this profile to {@code target} (replacing a file there atomically): the wallet,
     * our nickname and avatar, contacts with pair keys, groups with members and channels and, with
     * {@code includeHistory}, every message with its reactions. Encrypted under the profile's password,
     * which is checked first. May be called from any thread while the engine runs (one read snapshot).
     *
     * @throws WrongPasswordException the password is not the profile's; nothing was written
     */
    public void exportBackup(Path target, String password, boolean includeHistory) throws WrongPasswordException, IOException {
        ProfileBackup.export(vault, db, target, password, includeHistory);
    }

    public Messenger messenger() {
        return engine;
    }

    public S2Client client() {
        return client;
    }

    /** The nickname we announce ({@code ""} if none), as last set with {@link Messenger#setProfile}. */
    public String nickname() {
        return db.read(tx -> tx.identity().find().map(Identity::nickname).orElse(""));
    }

    /**
     * Changes the password of both the wallet and the database. The old one is checked first, so a wrong
     * one changes nothing.
     */
    public void changePassword(String oldPassword, String newPassword) throws WrongPasswordException {
        WalletVault.checkPassword(newPassword);
        vault.unlock(oldPassword);
        db.changeKey(DatabaseKey.password(newPassword));
        vault.changePassword(oldPassword, newPassword);
    }

    /** Stops the engine, then the client, then closes the database. */
    @Override
    public void close() {
        engine.close();
        client.close();
        db.close();
    }
}
