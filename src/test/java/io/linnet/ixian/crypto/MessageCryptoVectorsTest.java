package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linnet.ixian.codec.IxiWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The fixed-input vectors of ixian-primitives.md §11.8–§11.10 and the rsa2 message of Appendix A. */
class MessageCryptoVectorsTest {
    private static final byte[] AES_KEY = seq(0x00, 32);
    private static final byte[] CHACHA_KEY = seq(0x20, 32);
    private static final byte[] NONCE = seq(0x40, 64);
    private static final byte[] HELLO = "Hello Ixian".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AAD = b("0102030402fd00f15365");
    private static final String WIRE = "40" + h(seq(0x40, 64))
            + "2b18d158cb290caebd8f0eb44af98926ee4d1c91e40a1fd11c793cf510eaa2c4b177f292d2fa5a73c25f9267";

    @Test
    void aadIsIdThenTypeThenTimestamp() {
        byte[] aad = new IxiWriter().raw(b("01020304")).varInt(2).varInt(1_700_000_000L).toByteArray();
        assertArrayEquals(AAD, aad);
    }

    @Test
    void perMessageKeysAndIvs() {
        byte[] preimage = Arrays.copyOf(AES_KEY, 96);
        System.arraycopy(NONCE, 0, preimage, 32, 64);
        assertEquals("a56af02ac7296c839fef21cccda9eff7d15638f3cfd2068dfd14c6ea32aa72d6"
                + "4471192e98926d3a5336cb5143a07c2c3d4aad9c5588e1f69e3bcf5a8e96700f", h(Hashes.sha3_512sq(preimage)));
        assertEquals("a56af02ac7296c839fef21cccda9eff7d15638f3cfd2068dfd14c6ea32aa72d6" + "4471192e98926d3a5336cb51",
                h(Spixi2.deriveKeyAndIv(NONCE, AES_KEY)));
        assertEquals("f5e97820a8d5b12a8d652d2e34dca8e2754e47dcd1d6316499116ea5b7ddcf8e" + "8064b2bc964f899c923623cf",
                h(Spixi2.deriveKeyAndIv(NONCE, CHACHA_KEY)));
    }

    @Test
    void spixi2Wire() throws Exception {
        byte[] wire = MessageCrypto.encryptSpixi2WithNonce(HELLO, AES_KEY, CHACHA_KEY, AAD, NONCE);
        assertEquals(109, wire.length);
        assertEquals(WIRE, h(wire));
        assertArrayEquals(HELLO, MessageCrypto.decryptSpixi2(b(WIRE), AES_KEY, CHACHA_KEY, AAD));
    }

    @Test
    void spixi2EmptyPlaintext() throws Exception {
        String expected = "40" + h(NONCE) + "20" + "47b46f46b757dbf3f6dec9f0ef594b5b83334367b62852395017e0ec8faf90dd";
        byte[] wire = MessageCrypto.encryptSpixi2WithNonce(new byte[0], AES_KEY, CHACHA_KEY, AAD, NONCE);
        assertEquals(expected, h(wire));
        assertArrayEquals(new byte[0], MessageCrypto.decryptSpixi2(wire, AES_KEY, CHACHA_KEY, AAD));
    }

    @Test
    void rsa2KeyBlockAndPayloadPart() throws Exception {
        byte[] block = MessageCrypto.rsa2KeyBlock(AES_KEY, CHACHA_KEY);
        assertEquals(66, block.length);
        assertEquals("20" + h(AES_KEY) + "20" + h(CHACHA_KEY), h(block));

        RsaPrivateKey key = TestKeys.rsa2048();
        byte[] wire = MessageCrypto.encryptRsa2WithKeys(HELLO, key.publicKey(), AAD, AES_KEY, CHACHA_KEY, NONCE);
        assertEquals(369, wire.length);
        assertEquals("fc0001", h(Arrays.copyOf(wire, 3)));
        assertEquals("6d" + WIRE, h(Arrays.copyOfRange(wire, 3 + 256, wire.length)));
        assertArrayEquals(block, Rsa.decryptOaep(key, Arrays.copyOfRange(wire, 3, 3 + 256)));
        assertArrayEquals(HELLO, MessageCrypto.decryptRsa2(wire, key, AAD));
    }

    @Test
    void rsa2MessageOfAppendixADecrypts() throws Exception {
        assertEquals(369, IxianVectors.RSA2_MESSAGE.length);
        assertArrayEquals(HELLO, MessageCrypto.decryptRsa2(IxianVectors.RSA2_MESSAGE, TestKeys.rsa2048(), AAD));
        assertEquals("6d" + WIRE, h(Arrays.copyOfRange(IxianVectors.RSA2_MESSAGE, 259, 369)));
    }

    @Test
    void spixi1Wire() throws Exception {
        byte[] wire = MessageCrypto.encryptSpixi1WithIvAndNonce(HELLO, AES_KEY, CHACHA_KEY, seq(0xa0, 12), seq(0xb0, 8));
        assertEquals("b0b1b2b3b4b5b6b7257e03da9b16a86ce1d7d74d6b46579c731ea5d8033733861772b5964756ed2cd244e7429c8ca9", h(wire));
        assertArrayEquals(HELLO, MessageCrypto.decryptSpixi1(wire, AES_KEY, CHACHA_KEY));
    }

    @Test
    void spixi1ZeroNonceByteIsSentAsOne() throws Exception {
        byte[] wire = MessageCrypto.encryptSpixi1WithIvAndNonce(HELLO, AES_KEY, CHACHA_KEY, seq(0xa0, 12), b("00b1b2b3b4b5b6b7"));
        assertEquals("01b1b2b3b4b5b6b7", h(Arrays.copyOf(wire, 8)));
        assertArrayEquals(HELLO, MessageCrypto.decryptSpixi1(wire, AES_KEY, CHACHA_KEY));
    }

    @Test
    void spixi1WithTheLegacy16ByteAesIvDecrypts() throws Exception {
        byte[] iv16 = seq(0xa0, 16);
        byte[] ct = Aes.encryptWithIv(AesMode.GCM, HELLO, AES_KEY, iv16);
        byte[] aesLayer = Arrays.copyOf(iv16, 16 + ct.length);
        System.arraycopy(ct, 0, aesLayer, 16, ct.length);
        byte[] wire = ChaCha20.encryptWithNonce(aesLayer, CHACHA_KEY, seq(0xb0, 8));
        assertArrayEquals(HELLO, MessageCrypto.decryptSpixi1(wire, AES_KEY, CHACHA_KEY));
    }
}
