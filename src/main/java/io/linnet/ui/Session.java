package io.linnet.ui;

import io.linnet.chat.api.Messenger;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;

/**
 * One open profile as the desktop app sees it: the engine, the few things outside it (backup, password,
 * network state) and the end of it all. Made by {@link ProfileGate}.
 *
 * <p>Thread contract: {@link #messenger()}, {@link #dataDir()} and {@link #network()} are cheap and never
 * block; the other methods return at once and complete on a background thread.
 */
public interface Session {

    Messenger messenger();

    Path dataDir();

    /** A snapshot of how this profile is connected right now. */
    NetworkStatus network();

    /**
     * Writes an encrypted backup to {@code target}; fails with
     * {@link io.linnet.ixian.wallet.WrongPasswordException} when {@code password} is not the profile's.
     */
    CompletionStage<Void> exportBackup(Path target, String password, boolean includeHistory);

    /** Changes the password of the wallet and the database; the old one is checked first. */
    CompletionStage<Void> changePassword(String oldPassword, String newPassword);

    /** Stops the engine, the network client and any relay this app runs; returns when they have stopped. */
    void close();
}
