package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** PBKDF2-HMAC-SHA1 password encryption (ixian-primitives.md §8.4, §11.12). */
class PasswordCryptoTest {
    private static final String PASSWORD = "correct horse battery";
    private static final byte[] SALT = seq(0x50, 16);
    private static final byte[] SECRET = "wallet-secret".getBytes(StandardCharsets.US_ASCII);
    private static final String GCM = "505152535455565758595a5b5c5d5e5f606162636465666768696a6b"
            + "7835b4fc681dac07634bbe2b41530ffc12f02ea22e4e24bbe9fe74e845";
    private static final String CBC = "505152535455565758595a5b5c5d5e5f707172737475767778797a7b7c7d7e7f"
            + "7584ef802f16b42875470369c19d2623";

    @Test
    void pbkdf2Vector() {
        assertEquals("2aa663bea76d23016f0dfd029d4582f8", h(PasswordCrypto.deriveKey(PASSWORD, SALT)));
    }

    @Test
    void gcmAndCbcVectors() throws Exception {
        assertEquals(GCM, h(PasswordCrypto.encryptWithSaltAndIv(SECRET, PASSWORD, AesMode.GCM, SALT, seq(0x60, 12))));
        assertEquals(CBC, h(PasswordCrypto.encryptWithSaltAndIv(SECRET, PASSWORD, AesMode.CBC, SALT, seq(0x70, 16))));
        assertArrayEquals(SECRET, PasswordCrypto.decrypt(b(GCM), PASSWORD, AesMode.GCM));
        assertArrayEquals(SECRET, PasswordCrypto.decrypt(b(CBC), PASSWORD, AesMode.CBC));
    }

    @Test
    void randomSaltAndIv() throws Exception {
        byte[] gcm = PasswordCrypto.encrypt(SECRET, PASSWORD, AesMode.GCM);
        byte[] cbc = PasswordCrypto.encrypt(SECRET, PASSWORD, AesMode.CBC);
        assertEquals(16 + 12 + SECRET.length + 16, gcm.length);
        assertEquals(16 + 16 + 16, cbc.length);
        assertFalse(Arrays.equals(gcm, PasswordCrypto.encrypt(SECRET, PASSWORD, AesMode.GCM)));
        assertArrayEquals(SECRET, PasswordCrypto.decrypt(gcm, PASSWORD, AesMode.GCM));
        assertArrayEquals(SECRET, PasswordCrypto.decrypt(cbc, PASSWORD, AesMode.CBC));
    }

    @Test
    void gcmAcceptsTheLegacy16ByteIv() throws Exception {
        byte[] legacy = PasswordCrypto.encryptWithSaltAndIv(SECRET, PASSWORD, AesMode.GCM, SALT, seq(0x60, 16));
        assertArrayEquals(SECRET, PasswordCrypto.decrypt(legacy, PASSWORD, AesMode.GCM));
    }

    @Test
    void wrongPasswordOrDamageFails() {
        assertThrows(DecryptionException.class, () -> PasswordCrypto.decrypt(b(GCM), "correct horse batterY", AesMode.GCM));
        assertThrows(DecryptionException.class, () -> PasswordCrypto.decrypt(b(CBC), "correct horse batterY", AesMode.CBC));
        assertThrows(DecryptionException.class, () -> PasswordCrypto.decrypt(b(GCM), PASSWORD, AesMode.CBC));
        byte[] salted = b(GCM);
        salted[0] ^= 1;
        assertThrows(DecryptionException.class, () -> PasswordCrypto.decrypt(salted, PASSWORD, AesMode.GCM));
        assertThrows(DecryptionException.class, () -> PasswordCrypto.decrypt(new byte[15], PASSWORD, AesMode.GCM));
        assertThrows(DecryptionException.class, () -> PasswordCrypto.decrypt(b(GCM), null, AesMode.GCM));
    }

    @Test
    void passwordIsUtf8AsTheJdkEncodesIt() throws Exception {
        String pw = "grüße, čaj 🙂";
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1");
        byte[] jdk = f.generateSecret(new PBEKeySpec(pw.toCharArray(), SALT, 10_000, 128)).getEncoded();
        assertArrayEquals(jdk, PasswordCrypto.deriveKey(pw, SALT));
    }

    @Test
    void unpairedSurrogatesEncodeAsDotNetDoes() {
        byte[] lone = PasswordCrypto.deriveKey("ab\uD800cd", SALT);
        assertArrayEquals(PasswordCrypto.deriveKey("ab\uFFFDcd", SALT), lone);
        assertFalse(Arrays.equals(PasswordCrypto.deriveKey("ab?cd", SALT), lone));
    }
}
