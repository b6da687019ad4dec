package io.linnet.cli.daemon;

import io.linnet.ixian.wallet.WrongPasswordException;

/**
 * What the daemon needs from the composition root: whether the data directory holds a wallet, and a way
 * to create one or to unlock it into a running profile. The {@code app} package implements it, so this
 * front end never builds databases or network clients itself.
 *
 * <p>The daemon calls these methods one at a time.
 */
public interface ProfileHost {

    /** Whether the data directory already holds a wallet. */
    boolean hasIdentity();

    /**
     * Creates a new identity protected by {@code password}, announces {@code nickname} and opens it.
     *
     * @throws IllegalArgumentException the password is too short or the nickname is unusable
     */
    OpenProfile create(String nickname, String password);

    /**
     * Opens the existing identity and goes online.
     *
     * @throws WrongPasswordException the password does not open the wallet; nothing was changed
     */
    OpenProfile unlock(String password) throws WrongPasswordException;
}
