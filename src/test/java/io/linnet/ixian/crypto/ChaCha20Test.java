package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Original ChaCha20 with the zero-first-nonce-byte rule (ixian-primitives.md §8.2, §11.10). */
class ChaCha20Test {
    private static final byte[] KEY = seq(0x20, 32);
    private static final byte[] AES_LAYER =
            b("a0a1a2a3a4a5a6a7a8a9aaab ae7d10412aeb4bc70b04e99793049ccf3dd376c005f3178e2dd853");

    @Test
    void spixi1ChachaLayerVector() throws Exception {
        byte[] wire = ChaCha20.encryptWithNonce(AES_LAYER, KEY, seq(0xb0, 8));
        assertEquals("b0b1b2b3b4b5b6b7257e03da9b16a86ce1d7d74d6b46579c731ea5d8033733861772b5964756ed2cd244e7429c8ca9", h(wire));
        assertArrayEquals(AES_LAYER, ChaCha20.decrypt(wire, KEY));
    }

    @Test
    void isTheDjbVariantWithA64BitCounter() throws Exception {
        byte[] nonce = seq(0x51, 8);
        byte[] data = CryptoRandom.bytes(1000); // 16 blocks: the counter moves
        Cipher ietf = Cipher.getInstance("ChaCha20");
        byte[] ietfNonce = new byte[12];
        System.arraycopy(nonce, 0, ietfNonce, 4, 8);
        ietf.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "ChaCha20"), new ChaCha20ParameterSpec(ietfNonce, 0));
        byte[] expected = ietf.doFinal(data);
        byte[] ours = ChaCha20.encryptWithNonce(data, KEY, nonce);
        assertArrayEquals(expected, Arrays.copyOfRange(ours, 8, ours.length));
    }

    @Test
    void zeroFirstNonceByteBecomesOneOnBothSides() throws Exception {
        byte[] zero = b("00b1b2b3b4b5b6b7");
        byte[] wire = ChaCha20.encryptWithNonce(AES_LAYER, KEY, zero);
        assertEquals("01b1b2b3b4b5b6b7", h(Arrays.copyOf(wire, 8)));
        assertArrayEquals(ChaCha20.encryptWithNonce(AES_LAYER, KEY, b("01b1b2b3b4b5b6b7")), wire);
        byte[] sentWithZero = wire.clone();
        sentWithZero[0] = 0;
        assertArrayEquals(AES_LAYER, ChaCha20.decrypt(sentWithZero, KEY));
    }

    @Test
    void randomNoncesNeverStartWithZero() {
        for (int i = 0; i < 3000; i++) { // a zero first byte turns up about every 256 draws
            assertNotEquals(0, ChaCha20.encrypt(new byte[0], KEY)[0]);
        }
    }

    @Test
    void badInputs() {
        assertThrows(DecryptionException.class, () -> ChaCha20.decrypt(new byte[7], KEY));
        assertThrows(DecryptionException.class, () -> ChaCha20.decrypt(null, KEY));
        assertThrows(DecryptionException.class, () -> ChaCha20.decrypt(new byte[20], null));
        assertThrows(DecryptionException.class, () -> ChaCha20.decrypt(new byte[20], new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> ChaCha20.encrypt(new byte[1], null));
        assertThrows(IllegalArgumentException.class, () -> ChaCha20.encryptWithNonce(new byte[1], KEY, new byte[12]));
    }
}
