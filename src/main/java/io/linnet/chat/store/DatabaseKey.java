package io.linnet.chat.store;

import io.linnet.ixian.crypto.CryptoRandom;
import java.util.Objects;

/**
 * The secret that unlocks a database: the wallet password, or a raw 32-byte key.
 *
 * <p>It does not encrypt anything itself. The store keeps a random data key, encrypted ("wrapped") under
 * a key derived from this secret, so changing the password re-wraps one small record instead of
 * re-encrypting every message. A database created with a password can only be opened with a password,
 * and one created with a raw key only with that raw key. Raw keys skip the deliberately slow password
 * derivation and are meant for tests and for callers that derive their own key.
 */
public final class DatabaseKey {
    /** Length of a raw key. */
    public static final int RAW_KEY_BYTES = 32;

    /** Which kind of secret this is. */
    public enum Kind {
        PASSWORD,
        RAW
    }

    private final Kind kind;
    private final String password;
    private final byte[] rawKey;

    private DatabaseKey(Kind kind, String password, byte[] rawKey) {
        this.kind = kind;
        this.password = password;
        this.rawKey = rawKey;
    }

    /** A key from the wallet password (any string, including the empty one). */
    public static DatabaseKey password(String password) {
        return new DatabaseKey(Kind.PASSWORD, Objects.requireNonNull(password, "password"), null);
    }

    /** A key from 32 raw bytes. */
    public static DatabaseKey raw(byte[] key) {
        if (key == null || key.length != RAW_KEY_BYTES) {
            throw new IllegalArgumentException("a raw database key is " + RAW_KEY_BYTES + " bytes");
        }
        return new DatabaseKey(Kind.RAW, null, key.clone());
    }

    /** A fresh random raw key, for throw-away databases. */
    public static DatabaseKey random() {
        return new DatabaseKey(Kind.RAW, null, CryptoRandom.bytes(RAW_KEY_BYTES));
    }

    public Kind kind() {
        return kind;
    }

    /** The password; only for {@link Kind#PASSWORD}. */
    public String password() {
        if (kind != Kind.PASSWORD) {
            throw new IllegalStateException("not a password key");
        }
        return password;
    }

    /** A copy of the raw key; only for {@link Kind#RAW}. */
    public byte[] rawKey() {
        if (kind != Kind.RAW) {
            throw new IllegalStateException("not a raw key");
        }
        return rawKey.clone();
    }

    /** Names the kind only, never the secret. */
    @Override
    public String toString() {
        return "DatabaseKey[" + kind + "]";
    }
}
