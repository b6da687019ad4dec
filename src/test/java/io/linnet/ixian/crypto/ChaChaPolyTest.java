package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** ChaCha20-Poly1305 (ixian-primitives.md §8.3; the outer layer of the §11.8 vector). */
class ChaChaPolyTest {
    private static final byte[] KEY = b("f5e97820a8d5b12a8d652d2e34dca8e2754e47dcd1d6316499116ea5b7ddcf8e");
    private static final byte[] NONCE = b("8064b2bc964f899c923623cf");
    private static final byte[] AAD = b("0102030402fd00f15365");
    private static final byte[] A = b("6ca807d7cadaf968df70bd6b24616ef484fa3cfad8add93535ba0b");
    private static final String C = "18d158cb290caebd8f0eb44af98926ee4d1c91e40a1fd11c793cf510eaa2c4b177f292d2fa5a73c25f9267";

    @Test
    void spixi2OuterLayerVector() throws Exception {
        assertEquals(C, h(ChaChaPoly.encrypt(A, KEY, NONCE, AAD)));
        byte[] c = b(C);
        assertArrayEquals(A, ChaChaPoly.decrypt(c, 0, c.length, KEY, NONCE, AAD));
    }

    @Test
    void agreesWithTheJdkImplementation() throws Exception {
        byte[] key = CryptoRandom.bytes(32);
        byte[] nonce = CryptoRandom.bytes(12);
        byte[] aad = CryptoRandom.bytes(17);
        byte[] data = CryptoRandom.bytes(300);
        Cipher jdk = Cipher.getInstance("ChaCha20-Poly1305");
        jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(nonce));
        jdk.updateAAD(aad);
        byte[] expected = jdk.doFinal(data);
        assertArrayEquals(expected, ChaChaPoly.encrypt(data, key, nonce, aad));
        assertArrayEquals(data, ChaChaPoly.decrypt(expected, 0, expected.length, key, nonce, aad));
    }

    @Test
    void nullAadIsNoAad() throws Exception {
        byte[] c = ChaChaPoly.encrypt(A, KEY, NONCE, null);
        assertArrayEquals(c, ChaChaPoly.encrypt(A, KEY, NONCE, new byte[0]));
        assertArrayEquals(A, ChaChaPoly.decrypt(c, 0, c.length, KEY, NONCE, new byte[0]));
    }

    @Test
    void anyChangeFailsAuthentication() {
        byte[] c = b(C);
        for (int i = 0; i < c.length; i++) {
            byte[] t = c.clone();
            t[i] ^= 0x20;
            assertThrows(DecryptionException.class, () -> ChaChaPoly.decrypt(t, 0, t.length, KEY, NONCE, AAD));
        }
        assertThrows(DecryptionException.class, () -> ChaChaPoly.decrypt(c, 0, c.length, KEY, NONCE, b("0102030402fd00f15366")));
        assertThrows(DecryptionException.class, () -> ChaChaPoly.decrypt(c, 0, c.length - 1, KEY, NONCE, AAD));
        assertThrows(DecryptionException.class, () -> ChaChaPoly.decrypt(c, 0, 15, KEY, NONCE, AAD));
        assertThrows(DecryptionException.class, () -> ChaChaPoly.decrypt(c, 0, c.length, null, NONCE, AAD));
        assertThrows(DecryptionException.class, () -> ChaChaPoly.decrypt(c, 1, c.length, KEY, NONCE, AAD));
        assertThrows(IllegalArgumentException.class, () -> ChaChaPoly.encrypt(A, null, NONCE, AAD));
    }
}
