package io.linnet.ixian.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.codec.IxiVarInt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The behaviours of Ixian-Core's TestMessageCrypto (ixian-streaming-groups.md §9.3), numbered as
 * there. Where the C# test accepted "null or exception", these require a DecryptionException.
 */
class MessageCryptoTest {
    private static final byte[] AAD1 = {1, 2, 3, 4, 2, 9};
    private static final byte[] AAD2 = {1, 2, 3, 4, 2, 10};
    private static final byte[] AES = CryptoRandom.bytes(32);
    private static final byte[] CHACHA = CryptoRandom.bytes(32);
    private static final byte[] SMALL = "hello spixi2".getBytes(StandardCharsets.UTF_8);
    private static final RsaPrivateKey RSA = TestKeys.rsa4096();

    private static byte[] spixi2(byte[] data) {
        return MessageCrypto.encryptSpixi2(data, AES, CHACHA, AAD1);
    }

    private static void assertSpixi2Fails(byte[] wire, byte[] aes, byte[] chacha, byte[] aad) {
        assertThrows(DecryptionException.class, () -> MessageCrypto.decryptSpixi2(wire, aes, chacha, aad));
    }

    private static void assertRsa2Fails(byte[] wire, RsaPrivateKey key, byte[] aad) {
        assertThrows(DecryptionException.class, () -> MessageCrypto.decryptRsa2(wire, key, aad));
    }

    @Test // 1, 2, 3
    void spixi2RoundTrips() throws Exception {
        for (byte[] data : new byte[][] {SMALL, new byte[0], CryptoRandom.bytes(1 << 20)}) {
            byte[] wire = spixi2(data);
            int c = data.length + 32; // both tags
            assertEquals(1 + 64 + IxiVarInt.sizeUnsigned(c) + c, wire.length);
            assertArrayEquals(data, MessageCrypto.decryptSpixi2(wire, AES, CHACHA, AAD1));
        }
    }

    @Test // 4
    void spixi2OfTheSameInputDiffers() {
        assertFalse(Arrays.equals(spixi2(SMALL), spixi2(SMALL)));
    }

    @Test // 5, 6, 7
    void spixi2WithOtherAadOrKeysFails() {
        byte[] wire = spixi2(SMALL);
        assertSpixi2Fails(wire, AES, CHACHA, AAD2);
        assertSpixi2Fails(wire, AES, CHACHA, null);
        assertSpixi2Fails(wire, CryptoRandom.bytes(32), CHACHA, AAD1);
        assertSpixi2Fails(wire, AES, CryptoRandom.bytes(32), AAD1);
        assertSpixi2Fails(wire, CHACHA, AES, AAD1);
    }

    @Test // 8, 9, 10, and trailing bytes
    void spixi2TamperedOrTruncatedFails() {
        byte[] wire = spixi2(SMALL);
        for (int at : new int[] {wire.length - 5, 2, 0, 66, wire.length - 1}) {
            byte[] t = wire.clone();
            t[at] ^= 0x01;
            assertSpixi2Fails(t, AES, CHACHA, AAD1);
        }
        assertSpixi2Fails(Arrays.copyOf(wire, wire.length - 8), AES, CHACHA, AAD1);
        assertSpixi2Fails(Arrays.copyOf(wire, wire.length + 1), AES, CHACHA, AAD1);
        assertSpixi2Fails(Arrays.copyOf(wire, 66), AES, CHACHA, AAD1);
        assertSpixi2Fails(new byte[0], AES, CHACHA, AAD1);
        assertSpixi2Fails(null, AES, CHACHA, AAD1);
    }

    @Test
    void spixi2IgnoresTheLengthInFrontOfTheCiphertextAsIxianCoreDoes() throws Exception {
        byte[] wire = spixi2(SMALL);
        wire[65] ^= 0x01;
        assertArrayEquals(SMALL, MessageCrypto.decryptSpixi2(wire, AES, CHACHA, AAD1));
    }

    @Test // 11
    void spixi2NullKeys() {
        assertThrows(IllegalArgumentException.class, () -> MessageCrypto.encryptSpixi2(SMALL, null, CHACHA, AAD1));
        assertThrows(IllegalArgumentException.class, () -> MessageCrypto.encryptSpixi2(SMALL, AES, null, AAD1));
        byte[] wire = spixi2(SMALL);
        assertSpixi2Fails(wire, null, CHACHA, AAD1);
        assertSpixi2Fails(wire, AES, null, AAD1);
    }

    @Test // 12
    void spixi2RandomInputFails() {
        assertSpixi2Fails(CryptoRandom.bytes(512), AES, CHACHA, AAD1);
        byte[] framed = CryptoRandom.bytes(512);
        framed[0] = 0x40;
        assertSpixi2Fails(framed, AES, CHACHA, AAD1);
    }

    @Test // 13, 14
    void rsa2RoundTripsWithRsa4096() throws Exception {
        for (byte[] data : new byte[][] {SMALL, new byte[0], CryptoRandom.bytes(1 << 20)}) {
            byte[] wire = MessageCrypto.encryptRsa2(data, RSA.publicKey(), AAD1);
            assertEquals("fc0002", java.util.HexFormat.of().formatHex(wire, 0, 3));
            assertArrayEquals(data, MessageCrypto.decryptRsa2(wire, RSA, AAD1));
        }
    }

    @Test // 15
    void rsa2OfTheSameInputDiffers() {
        assertFalse(Arrays.equals(MessageCrypto.encryptRsa2(SMALL, RSA.publicKey(), AAD1),
                MessageCrypto.encryptRsa2(SMALL, RSA.publicKey(), AAD1)));
    }

    @Test // 16, 17, 18, 19, 20, 22
    void rsa2FailuresAreDecryptionExceptions() {
        byte[] wire = MessageCrypto.encryptRsa2(CryptoRandom.bytes(512), RSA.publicKey(), AAD1);
        assertRsa2Fails(wire, RSA, AAD2);
        assertRsa2Fails(wire, Rsa.generate(4096, 1), AAD1);
        assertRsa2Fails(wire, TestKeys.rsa2048(), AAD1);
        for (int at : new int[] {10, wire.length - 3, 0, 1, 2}) {
            byte[] t = wire.clone();
            t[at] ^= 0x01;
            assertRsa2Fails(t, RSA, AAD1);
        }
        assertRsa2Fails(Arrays.copyOf(wire, wire.length - 16), RSA, AAD1);
        assertRsa2Fails(Arrays.copyOf(wire, 515), RSA, AAD1);
        assertRsa2Fails(CryptoRandom.bytes(2048), RSA, AAD1);
        assertRsa2Fails(new byte[0], RSA, AAD1);
    }

    @Test // 21
    void rsa2NullKeys() {
        assertThrows(IllegalArgumentException.class, () -> MessageCrypto.encryptRsa2(SMALL, null, AAD1));
        assertRsa2Fails(CryptoRandom.bytes(128), null, AAD1);
    }

    @Test // 23, 24 and the other codes
    void genericDispatch() throws Exception {
        byte[] pt = "generic".getBytes(StandardCharsets.UTF_8);
        for (EncryptionCode code : EncryptionCode.values()) {
            byte[] wire = MessageCrypto.encrypt(code, pt, RSA.publicKey(), AES, CHACHA, AAD1);
            assertEquals(code == EncryptionCode.NONE, Arrays.equals(pt, wire), code.name());
            assertArrayEquals(pt, MessageCrypto.decrypt(code, wire, RSA, AES, CHACHA, AAD1), code.name());
            assertEquals(code, EncryptionCode.fromCode(code.code()));
        }
        assertThrows(io.linnet.ixian.ProtocolException.class, () -> EncryptionCode.fromCode(5));
        byte[] spixi2 = MessageCrypto.encrypt(EncryptionCode.SPIXI2, pt, null, AES, CHACHA, AAD1);
        assertThrows(DecryptionException.class, () -> MessageCrypto.decrypt(EncryptionCode.RSA2, spixi2, RSA, AES, CHACHA, AAD1));
    }

    @Test
    void spixi1RoundTripAndFailures() throws Exception {
        for (byte[] data : new byte[][] {SMALL, new byte[0], CryptoRandom.bytes(100_000)}) {
            assertArrayEquals(data, MessageCrypto.decryptSpixi1(MessageCrypto.encryptSpixi1(data, AES, CHACHA), AES, CHACHA));
        }
        byte[] wire = MessageCrypto.encryptSpixi1(SMALL, AES, CHACHA);
        assertFalse(Arrays.equals(wire, MessageCrypto.encryptSpixi1(SMALL, AES, CHACHA)));
        byte[] t = wire.clone();
        t[t.length - 2] ^= 1;
        assertThrows(DecryptionException.class, () -> MessageCrypto.decryptSpixi1(t, AES, CHACHA));
        assertThrows(DecryptionException.class, () -> MessageCrypto.decryptSpixi1(wire, CHACHA, AES));
        assertThrows(DecryptionException.class, () -> MessageCrypto.decryptSpixi1(Arrays.copyOf(wire, 30), AES, CHACHA));
        assertThrows(DecryptionException.class, () -> MessageCrypto.decryptSpixi1(wire, null, CHACHA));
        assertThrows(DecryptionException.class, () -> MessageCrypto.decryptSpixi1(wire, AES, null));
        assertThrows(IllegalArgumentException.class, () -> MessageCrypto.encryptSpixi1(SMALL, null, CHACHA));
        assertThrows(IllegalArgumentException.class, () -> MessageCrypto.encryptSpixi1(SMALL, AES, null));
    }

    @Test
    void legacyRsaCarriesAtMost470Bytes() throws Exception {
        byte[] max = CryptoRandom.bytes(470);
        assertArrayEquals(max, MessageCrypto.decryptRsa(MessageCrypto.encryptRsa(max, RSA.publicKey()), RSA));
        assertThrows(IllegalArgumentException.class, () -> MessageCrypto.encryptRsa(new byte[471], RSA.publicKey()));
        assertThrows(IllegalArgumentException.class, () -> MessageCrypto.encryptRsa(max, null));
        assertThrows(DecryptionException.class, () -> MessageCrypto.decryptRsa(CryptoRandom.bytes(512), RSA));
        assertThrows(DecryptionException.class, () -> MessageCrypto.decryptRsa(CryptoRandom.bytes(512), null));
    }
}
