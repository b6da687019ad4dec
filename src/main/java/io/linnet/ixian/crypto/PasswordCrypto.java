package io.linnet.ixian.crypto;

import io.linnet.ixian.codec.DotNetUtf8;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Ixian's password encryption: AES-128 under PBKDF2-HMAC-SHA1 (10 000 iterations, 16-byte random
 * salt) of the UTF-8 password. Output: {@code salt(16) ‖ IV ‖ ciphertext}, IV 12 bytes for GCM and 16
 * for CBC; decryption of GCM also accepts the legacy 16-byte IV (see {@link Aes}).
 *
 * <p>The password is encoded as .NET does: unpaired surrogates become U+FFFD ({@code EF BF BD}).
 */
public final class PasswordCrypto {
    public static final int ITERATIONS = 10_000;
    public static final int SALT_BYTES = 16;
    public static final int KEY_BYTES = 16;

    private PasswordCrypto() {}

    /** PBKDF2-HMAC-SHA1(UTF-8(password), salt, 10 000) → 16-byte AES key. */
    public static byte[] deriveKey(String password, byte[] salt) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(salt, "salt");
        PKCS5S2ParametersGenerator g = new PKCS5S2ParametersGenerator(new SHA1Digest());
        byte[] pw = DotNetUtf8.encode(password);
        g.init(pw, salt, ITERATIONS);
        byte[] key = ((KeyParameter) g.generateDerivedParameters(KEY_BYTES * 8)).getKey();
        Arrays.fill(pw, (byte) 0);
        return key;
    }

    /** Random salt and IV. */
    public static byte[] encrypt(byte[] data, String password, AesMode mode) {
        byte[] iv = CryptoRandom.bytes(mode == AesMode.GCM ? Aes.GCM_IV_BYTES : Aes.CBC_IV_BYTES);
        return encryptWithSaltAndIv(data, password, mode, CryptoRandom.bytes(SALT_BYTES), iv);
    }

    /** Deterministic form of {@link #encrypt}: {@code salt ‖ iv ‖ AES(data)}. */
    public static byte[] encryptWithSaltAndIv(byte[] data, String password, AesMode mode, byte[] salt, byte[] iv) {
        if (salt == null || salt.length != SALT_BYTES) {
            throw new IllegalArgumentException("password salt must be 16 bytes");
        }
        byte[] ct = Aes.encryptWithIv(mode, data, deriveKey(password, salt), iv);
        byte[] out = new byte[SALT_BYTES + iv.length + ct.length];
        System.arraycopy(salt, 0, out, 0, SALT_BYTES);
        System.arraycopy(iv, 0, out, SALT_BYTES, iv.length);
        System.arraycopy(ct, 0, out, SALT_BYTES + iv.length, ct.length);
        return out;
    }

    /** Opens {@code salt ‖ IV ‖ ciphertext}; a wrong password shows up as a DecryptionException. */
    public static byte[] decrypt(byte[] data, String password, AesMode mode) throws DecryptionException {
        if (password == null) {
            throw new DecryptionException("no password");
        }
        if (data == null || data.length < SALT_BYTES) {
            throw new DecryptionException("password-encrypted data shorter than its salt");
        }
        byte[] key = deriveKey(password, Arrays.copyOf(data, SALT_BYTES));
        return Aes.decrypt(mode, data, SALT_BYTES, key);
    }
}
