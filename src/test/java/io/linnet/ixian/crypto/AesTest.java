package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.Test;

/** AES-GCM/CBC with Ixian's IV conventions (ixian-primitives.md §8.1, vectors of §11.8 and §11.10). */
class AesTest {
    private static final byte[] HELLO = "Hello Ixian".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY = seq(0x00, 32);

    @Test
    void gcmVectorsOfSpixi1AndSpixi2() {
        assertEquals("ae7d10412aeb4bc70b04e99793049ccf3dd376c005f3178e2dd853",
                h(Aes.encryptWithIv(AesMode.GCM, HELLO, KEY, seq(0xa0, 12))));
        assertEquals("6ca807d7cadaf968df70bd6b24616ef484fa3cfad8add93535ba0b",
                h(Aes.encryptWithIv(AesMode.GCM, HELLO, b("a56af02ac7296c839fef21cccda9eff7d15638f3cfd2068dfd14c6ea32aa72d6"),
                        b("4471192e98926d3a5336cb51"))));
    }

    @Test
    void decryptReadsTheIvInFront() throws Exception {
        byte[] input = b("a0a1a2a3a4a5a6a7a8a9aaab ae7d10412aeb4bc70b04e99793049ccf3dd376c005f3178e2dd853");
        assertArrayEquals(HELLO, Aes.decrypt(AesMode.GCM, input, 0, KEY));
        byte[] shifted = new byte[input.length + 3];
        System.arraycopy(input, 0, shifted, 3, input.length);
        assertArrayEquals(HELLO, Aes.decrypt(AesMode.GCM, shifted, 3, KEY));
    }

    @Test
    void randomIvLengthsAndRoundTrips() throws Exception {
        for (int n : new int[] {0, 1, 15, 16, 17, 1000}) {
            byte[] data = CryptoRandom.bytes(n);
            byte[] gcm = Aes.encrypt(AesMode.GCM, data, KEY);
            assertEquals(12 + n + 16, gcm.length);
            assertArrayEquals(data, Aes.decrypt(AesMode.GCM, gcm, 0, KEY));
            byte[] cbc = Aes.encrypt(AesMode.CBC, data, seq(0, 16));
            assertEquals(16 + (n / 16 + 1) * 16, cbc.length);
            assertArrayEquals(data, Aes.decrypt(AesMode.CBC, cbc, 0, seq(0, 16)));
        }
    }

    @Test
    void gcmFallsBackToALegacy16ByteIv() throws Exception {
        byte[] iv16 = seq(0x30, 16);
        GCMBlockCipher bc = (GCMBlockCipher) GCMBlockCipher.newInstance(AESEngine.newInstance());
        bc.init(true, new ParametersWithIV(new KeyParameter(KEY), iv16));
        byte[] ct = new byte[bc.getOutputSize(HELLO.length)];
        bc.doFinal(ct, bc.processBytes(HELLO, 0, HELLO.length, ct, 0));
        byte[] legacy = new byte[16 + ct.length];
        System.arraycopy(iv16, 0, legacy, 0, 16);
        System.arraycopy(ct, 0, legacy, 16, ct.length);
        assertArrayEquals(HELLO, Aes.decrypt(AesMode.GCM, legacy, 0, KEY));
        assertArrayEquals(ct, Aes.encryptWithIv(AesMode.GCM, HELLO, KEY, iv16));
    }

    @Test
    void failuresAreDecryptionExceptions() throws DecryptionException {
        byte[] gcm = Aes.encrypt(AesMode.GCM, HELLO, KEY);
        // a fixed IV: with a random one, what a wrong key decrypts to ends in valid padding about once in 256 runs
        byte[] iv = seq(0x30, 16);
        byte[] cbcBody = Aes.encryptWithIv(AesMode.CBC, HELLO, KEY, iv);
        byte[] cbc = new byte[16 + cbcBody.length];
        System.arraycopy(iv, 0, cbc, 0, 16);
        System.arraycopy(cbcBody, 0, cbc, 16, cbcBody.length);
        assertArrayEquals(HELLO, Aes.decrypt(AesMode.CBC, cbc, 0, KEY));
        byte[] otherKey = seq(1, 32);
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.GCM, gcm, 0, otherKey));
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.CBC, cbc, 0, otherKey));
        byte[] tampered = gcm.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.GCM, tampered, 0, KEY));
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.GCM, Arrays.copyOf(gcm, 27), 0, KEY));
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.CBC, Arrays.copyOf(cbc, cbc.length - 1), 0, KEY));
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.CBC, Arrays.copyOf(cbc, 16), 0, KEY));
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.GCM, gcm, 0, null));
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.GCM, gcm, 0, new byte[31]));
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.GCM, null, 0, KEY));
        assertThrows(DecryptionException.class, () -> Aes.decrypt(AesMode.GCM, gcm, gcm.length + 1, KEY));
        assertThrows(IllegalArgumentException.class, () -> Aes.encrypt(AesMode.GCM, HELLO, null));
        assertThrows(IllegalArgumentException.class, () -> Aes.encrypt(AesMode.GCM, HELLO, new byte[20]));
        assertThrows(IllegalArgumentException.class, () -> Aes.encryptWithIv(AesMode.CBC, HELLO, KEY, new byte[12]));
    }
}
