package io.linnet.cli.daemon;

import io.linnet.ixian.wallet.WrongPasswordException;

/**
 * The daemon's life cycle: no identity → (create) → unlocked, or locked → (unlock) → unlocked. Every request
 * other than these two asks {@link #require()} for the open profile and gets a 409 naming the missing step.
 *
 * <p>Thread-safe: transitions are serialised on this object (creating an RSA-4096 key takes a while; other
 * requests wait for it).
 */
final class DaemonState implements AutoCloseable {
    static final String NO_IDENTITY = "no identity: POST /v1/identity first";
    static final String LOCKED = "locked: POST /v1/unlock first";

    private final ProfileHost host;
    private OpenProfile open;
    private boolean closed;

    DaemonState(ProfileHost host) {
        this.host = host;
    }

    synchronized OpenProfile create(String nickname, String password) {
        checkOpen();
        if (open != null || host.hasIdentity()) {
            throw ApiException.conflict("an identity exists already in this data directory");
        }
        open = host.create(nickname, password);
        return open;
    }

    synchronized OpenProfile unlock(String password) {
        checkOpen();
        if (!host.hasIdentity()) {
            throw ApiException.conflict(NO_IDENTITY);
        }
        if (open != null) {
            throw ApiException.conflict("already unlocked");
        }
        try {
            open = host.unlock(password);
        } catch (WrongPasswordException e) {
            throw new ApiException(403, "wrong password");
        }
        return open;
    }

    /** Unlocks at start, before any request; {@code false} if there is no identity to unlock. */
    synchronized boolean unlockAtStart(String password) throws WrongPasswordException {
        checkOpen();
        if (!host.hasIdentity()) {
            return false;
        }
        if (open == null) {
            open = host.unlock(password);
        }
        return true;
    }

    /** The unlocked profile, or a 409 saying what to do first. */
    synchronized OpenProfile require() {
        checkOpen();
        if (open != null) {
            return open;
        }
        throw ApiException.conflict(host.hasIdentity() ? LOCKED : NO_IDENTITY);
    }

    /** "none", "locked" or "unlocked", for the log. */
    synchronized String describe() {
        return open != null ? "unlocked" : host.hasIdentity() ? "locked" : "none";
    }

    private void checkOpen() {
        if (closed) {
            throw new ApiException(503, "the daemon is stopping");
        }
    }

    /** Closes the open profile (engine, client, database); later requests get 503. */
    @Override
    public synchronized void close() {
        closed = true;
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
