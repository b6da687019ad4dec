package io.linnet.store.crypto;

import io.linnet.chat.store.DatabaseKey;
import io.linnet.chat.store.StoreException;
import io.linnet.chat.store.WrongKeyException;
import io.linnet.ixian.crypto.CryptoRandom;
import java.security.GeneralSecurityException;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The {@code store_key} record: a random 32-byte data key, sealed under a key-encryption key derived from
 * the {@link DatabaseKey}. For a password that derivation is PBKDF2-HMAC-SHA512 with a random 16-byte salt
 * and the iteration count stored beside it (so it can be raised later); a raw key is used as is.
 *
 * <p>Changing the password re-seals this one record; the data key, and so every stored ciphertext, stays.
 * Callers run these methods inside a write transaction.
 */
public final class KeyRing {
    /** PBKDF2 iterations for new password records (OWASP's figure for HMAC-SHA512). */
    public static final int PBKDF2_ITERATIONS = 210_000;
    static final String KDF_PBKDF2 = "pbkdf2-hmac-sha512";
    static final String KDF_RAW = "raw";
    private static final int SALT_BYTES = 16;
    private static final byte[] AAD = StoreCipher.aad("linnet store data key");

    private KeyRing() {}

    /** The data key: unwrapped from the stored record, or made and stored for a new database. */
    public static byte[] unlock(Connection c, DatabaseKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kdf, iterations, salt, wrapped_key FROM store_key WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return unwrap(key, rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getBytes(4));
            }
        }
        byte[] dataKey = CryptoRandom.bytes(StoreCipher.KEY_BYTES);
        store(c, dataKey, key, false);
        return dataKey;
    }

    /** Seals {@code dataKey} under {@code newKey} with a fresh salt, replacing the stored record. */
    public static void rewrap(Connection c, byte[] dataKey, DatabaseKey newKey) throws SQLException {
        store(c, dataKey, newKey, true);
    }

    private static byte[] unwrap(DatabaseKey key, String kdf, int iterations, byte[] salt, byte[] wrapped) {
        boolean passwordRecord = KDF_PBKDF2.equals(kdf);
        if (!passwordRecord && !KDF_RAW.equals(kdf)) {
            throw new StoreException("the database key record uses an unknown derivation \"" + kdf + "\"");
        }
        if (passwordRecord != (key.kind() == DatabaseKey.Kind.PASSWORD)) {
            throw new WrongKeyException(passwordRecord
                    ? "this database is locked with a password, not a raw key"
                    : "this database is locked with a raw key, not a password");
        }
        byte[] kek = keyEncryptionKey(key, salt, iterations);
        try {
            return new StoreCipher(kek).open(wrapped, AAD);
        } catch (StoreException e) {
            throw new WrongKeyException(passwordRecord
                    ? "wrong password: it does not unlock this database"
                    : "wrong key: it does not unlock this database", e);
        }
    }

    private static void store(Connection c, byte[] dataKey, DatabaseKey key, boolean replace) throws SQLException {
        byte[] salt = CryptoRandom.bytes(SALT_BYTES);
        boolean password = key.kind() == DatabaseKey.Kind.PASSWORD;
        int iterations = password ? PBKDF2_ITERATIONS : 0;
        byte[] wrapped = new StoreCipher(keyEncryptionKey(key, salt, iterations)).seal(dataKey, AAD);
        String sql = replace
                ? "UPDATE store_key SET kdf = ?, iterations = ?, salt = ?, wrapped_key = ? WHERE id = 1"
                : "INSERT INTO store_key (kdf, iterations, salt, wrapped_key, id) VALUES (?, ?, ?, ?, 1)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, password ? KDF_PBKDF2 : KDF_RAW);
            ps.setInt(2, iterations);
            ps.setBytes(3, salt);
            ps.setBytes(4, wrapped);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("the database key record is missing");
            }
        }
    }

    static byte[] keyEncryptionKey(DatabaseKey key, byte[] salt, int iterations) {
        if (key.kind() == DatabaseKey.Kind.RAW) {
            return key.rawKey();
        }
        if (iterations < 1) {
            throw new StoreException("the database key record has no PBKDF2 iteration count");
        }
        PBEKeySpec spec = new PBEKeySpec(key.password().toCharArray(), salt, iterations, StoreCipher.KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (InvalidKeySpecException e) {
            throw new StoreException("cannot derive a key from this password", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
