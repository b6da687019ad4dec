package io.linnet.ui;

import io.linnet.ixian.codec.Bytes;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;

/**
 * What the desktop app needs from the composition root before a profile is open: whether one exists,
 * and the three ways to open one. Supplied to {@link LinnetApp} before JavaFX starts.
 *
 * <p>Thread contract: {@link #exists()}, {@link #dataDir()}, {@link #networkSettings()}, {@link #hostEarly()},
 * {@link #prepareNewIdentity()} and {@link #close()} are cheap and may be called on the JavaFX thread; every other method returns at once and does its work elsewhere. The
 * stages complete on a background thread: hop back with the UI executor.
 */
public interface ProfileGate {

    /** The profile directory (wallet, database, desktop settings). */
    Path dataDir();

    /** Whether this directory already holds an identity (then the app asks for the password). */
    boolean exists();

    /**
     * Creates a new identity here and opens it. Fails with {@link IllegalArgumentException} for a password
     * shorter than Ixian allows; nothing is written then.
     */
    CompletionStage<Session> create(String nickname, Bytes avatar, String password);

    /**
     * Restores {@code backup} into this (empty) directory and opens it. Fails with
     * {@link io.linnet.ixian.wallet.WrongPasswordException} or
     * {@link io.linnet.chat.identity.InvalidBackupException}; nothing is written then.
     */
    CompletionStage<Session> restore(Path backup, String password);

    /** Opens the existing identity; fails with {@link io.linnet.ixian.wallet.WrongPasswordException}. */
    CompletionStage<Session> unlock(String password);

    /** The relays and relay hosting this profile starts with. */
    NetworkSettings networkSettings();

    /** Stores new network settings; they apply from the next start. */
    CompletionStage<Void> saveNetworkSettings(NetworkSettings settings);

    /**
     * Starts, in the background, what this computer offers the network before any identity is open: the
     * relay, when hosting is on and none runs here yet, so that another identity (a second Linnet on this
     * computer or one on the local network) can use it while this app still shows its first screen. Returns
     * at once; the identity opened later uses the same relay.
     */
    void hostEarly();

    /**
     * When this directory holds no identity yet, starts making a new identity's keys in the background (an
     * RSA-4096 key takes seconds), so that {@link #create} does not wait for them while the user fills in
     * the first-run form. Returns at once; does nothing by default.
     */
    default void prepareNewIdentity() {}

    /** Stops what {@link #hostEarly()} started if no identity took it over (the app is ending). */
    void close();
}
