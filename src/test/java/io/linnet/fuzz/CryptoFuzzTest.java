package io.linnet.fuzz;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.crypto.DecryptionException;
import io.linnet.ixian.crypto.IxianVectors;
import io.linnet.ixian.crypto.MessageCrypto;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.crypto.RsaPublicKey;
import io.linnet.ixian.crypto.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the RSA key parsers and the message decryptors (with fixed keys). Key parsing may only end in
 * a key or a ProtocolException, decryption only in a plaintext or a DecryptionException. Beyond not
 * crashing: an accepted key re-serialises to an equal key, and a ciphertext that still decrypts after
 * mutation must yield the original plaintext (the layers are authenticated).
 */
class CryptoFuzzTest {
    private static final byte[] AES = seq(0x00, 32);
    private static final byte[] CHACHA = seq(0x20, 32);
    private static final byte[] AAD = b("0102030402fd00f15365");
    private static final byte[] HELLO = "Hello Ixian".getBytes(StandardCharsets.US_ASCII);
    private static final RsaPrivateKey RSA = TestKeys.rsa2048();

    static Object publicKey(byte[] input) throws ProtocolException {
        RsaPublicKey k = RsaPublicKey.fromIxianBytes(input);
        assertEquals(k, RsaPublicKey.fromIxianBytes(k.toIxianBytes()));
        return k;
    }

    static Object privateKey(byte[] input) throws ProtocolException {
        RsaPrivateKey k = RsaPrivateKey.fromIxianBytes(input);
        assertEquals(k, RsaPrivateKey.fromIxianBytes(k.toIxianBytes()));
        return k;
    }

    static Object spixi2(byte[] wire) throws DecryptionException {
        return unchanged(MessageCrypto.decryptSpixi2(wire, AES, CHACHA, AAD));
    }

    static Object rsa2(byte[] wire) throws DecryptionException {
        return unchanged(MessageCrypto.decryptRsa2(wire, RSA, AAD));
    }

    static Object spixi1(byte[] wire) throws DecryptionException {
        return unchanged(MessageCrypto.decryptSpixi1(wire, AES, CHACHA));
    }

    /** Every seed below encrypts HELLO, so nothing else may ever come out. */
    private static byte[] unchanged(byte[] plaintext) {
        assertArrayEquals(HELLO, plaintext, "a mutated ciphertext decrypted to something else");
        return plaintext;
    }

    @FuzzTest(maxDuration = "10s")
    void rsaPublicKey(byte[] input) {
        Decoders.check(CryptoFuzzTest::publicKey, input);
    }

    @FuzzTest(maxDuration = "10s")
    void rsaPrivateKey(byte[] input) {
        Decoders.check(CryptoFuzzTest::privateKey, input);
    }

    @FuzzTest(maxDuration = "10s")
    void decryptSpixi2(byte[] input) {
        Decoders.checkAllowing(CryptoFuzzTest::spixi2, input, DecryptionException.class);
    }

    @FuzzTest(maxDuration = "10s")
    void decryptRsa2(byte[] input) {
        Decoders.checkAllowing(CryptoFuzzTest::rsa2, input, DecryptionException.class);
    }

    @FuzzTest(maxDuration = "10s")
    void decryptSpixi1(byte[] input) {
        Decoders.checkAllowing(CryptoFuzzTest::spixi1, input, DecryptionException.class);
    }

    @Test
    void mutatedRsaKeys() {
        byte[] legacyPrivate = Arrays.copyOfRange(TestKeys.rsa4096().toIxianBytes(), 5, 2344);
        List<byte[]> publics = List.of(IxianVectors.RSA2048_PUBLIC, IxianVectors.PK_V1, IxianVectors.PK_V0_LEGACY);
        List<byte[]> privates = List.of(IxianVectors.RSA2048_PRIVATE, legacyPrivate);
        assertTrue(Decoders.checkMutants(CryptoFuzzTest::publicKey, publics, 3000, 11) > 0);
        assertTrue(Decoders.checkMutants(CryptoFuzzTest::privateKey, privates, 3000, 12) > 0);
    }

    @Test
    void mutatedCiphertexts() {
        byte[] spixi2 = MessageCrypto.encryptSpixi2(HELLO, AES, CHACHA, AAD);
        byte[] spixi1 = MessageCrypto.encryptSpixi1(HELLO, AES, CHACHA);
        mutate(CryptoFuzzTest::spixi2, spixi2, 5000);
        mutate(CryptoFuzzTest::rsa2, IxianVectors.RSA2_MESSAGE, 1000);
        mutate(CryptoFuzzTest::spixi1, spixi1, 5000);
    }

    private static void mutate(Decoders.CheckedDecoder decryptor, byte[] seed, int count) {
        assertTrue(Decoders.checkAllowing(decryptor, seed, DecryptionException.class), "the seed itself decrypts");
        Decoders.checkMutantsAllowing(decryptor, List.of(seed), count, seed.length, DecryptionException.class);
    }
}
