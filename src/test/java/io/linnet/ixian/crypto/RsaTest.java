package io.linnet.ixian.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.encodings.OAEPEncoding;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.junit.jupiter.api.Test;

/** SHA512withRSA signatures and RSA-OAEP-SHA1 (ixian-primitives.md §6.2–§6.4, Appendix A). */
class RsaTest {
    private static final byte[] IXIAN = "ixian".getBytes(StandardCharsets.US_ASCII);
    private static final RsaPrivateKey KEY = TestKeys.rsa2048();

    @Test
    void signatureVectorVerifies() {
        assertTrue(Rsa.verify(KEY.publicKey(), IXIAN, IxianVectors.SIGNATURE_IXIAN));
    }

    @Test
    void signatureVectorIsReproducedExactly() {
        assertArrayEquals(IxianVectors.SIGNATURE_IXIAN, Rsa.sign(KEY, IXIAN));
    }

    @Test
    void badSignaturesAreFalseNotErrors() {
        byte[] sig = IxianVectors.SIGNATURE_IXIAN;
        byte[] flipped = sig.clone();
        flipped[100] ^= 0x04;
        assertFalse(Rsa.verify(KEY.publicKey(), IXIAN, flipped));
        assertFalse(Rsa.verify(KEY.publicKey(), "ixiam".getBytes(StandardCharsets.US_ASCII), sig));
        assertFalse(Rsa.verify(KEY.publicKey(), IXIAN, Arrays.copyOf(sig, 255)));
        assertFalse(Rsa.verify(KEY.publicKey(), IXIAN, Arrays.copyOf(sig, 257)));
        assertFalse(Rsa.verify(KEY.publicKey(), IXIAN, new byte[0]));
        assertFalse(Rsa.verify(KEY.publicKey(), IXIAN, null));
        byte[] ones = new byte[256];
        Arrays.fill(ones, (byte) 0xff); // numerically above the modulus
        assertFalse(Rsa.verify(KEY.publicKey(), IXIAN, ones));
        assertFalse(Rsa.verify(TestKeys.rsa4096().publicKey(), IXIAN, sig));
    }

    @Test
    void generatedKeySignsAndVerifies() {
        RsaPrivateKey k = TestKeys.rsa4096();
        byte[] sig = Rsa.sign(k, IXIAN);
        assertEquals(512, sig.length);
        assertTrue(Rsa.verify(k.publicKey(), IXIAN, sig));
        assertFalse(Rsa.verify(KEY.publicKey(), IXIAN, Arrays.copyOf(sig, 256)));
    }

    @Test
    void oaepRoundTripUpToTheBlockLimit() throws Exception {
        byte[] max = CryptoRandom.bytes(256 - 42);
        byte[] ct = Rsa.encryptOaep(KEY.publicKey(), max);
        assertEquals(256, ct.length);
        assertArrayEquals(max, Rsa.decryptOaep(KEY, ct));
        assertArrayEquals(new byte[0], Rsa.decryptOaep(KEY, Rsa.encryptOaep(KEY.publicKey(), new byte[0])));
        assertThrows(IllegalArgumentException.class, () -> Rsa.encryptOaep(KEY.publicKey(), new byte[215]));
        assertFalse(Arrays.equals(ct, Rsa.encryptOaep(KEY.publicKey(), max)), "OAEP padding is random");
    }

    @Test
    void oaepIsSha1WithMgf1Sha1() throws Exception {
        RsaPublicKey pub = KEY.publicKey();
        byte[] data = "interop".getBytes(StandardCharsets.US_ASCII);
        OAEPEncoding bcEncrypt = new OAEPEncoding(new RSAEngine(), new SHA1Digest(), new SHA1Digest(), null);
        bcEncrypt.init(true, new RSAKeyParameters(false, pub.modulus(), pub.exponent()));
        byte[] bcCiphertext = bcEncrypt.processBlock(data, 0, data.length);
        assertArrayEquals(data, Rsa.decryptOaep(KEY, bcCiphertext));

        OAEPEncoding bcDecrypt = new OAEPEncoding(new RSAEngine(), new SHA1Digest(), new SHA1Digest(), null);
        bcDecrypt.init(false, new RSAKeyParameters(true, pub.modulus(), KEY.d()));
        byte[] ours = Rsa.encryptOaep(pub, data);
        assertArrayEquals(data, bcDecrypt.processBlock(ours, 0, ours.length));
    }

    @Test
    void oaepFailuresAreDecryptionExceptions() {
        byte[] ct = Rsa.encryptOaep(KEY.publicKey(), new byte[] {1, 2, 3});
        byte[] tampered = ct.clone();
        tampered[10] ^= 1;
        assertThrows(DecryptionException.class, () -> Rsa.decryptOaep(KEY, tampered));
        assertThrows(DecryptionException.class, () -> Rsa.decryptOaep(KEY, Arrays.copyOf(ct, 255)));
        assertThrows(DecryptionException.class, () -> Rsa.decryptOaep(KEY, new byte[0]));
        assertThrows(DecryptionException.class, () -> Rsa.decryptOaep(KEY, null));
        assertThrows(DecryptionException.class, () -> Rsa.decryptOaep(null, ct));
        byte[] other = Rsa.encryptOaep(TestKeys.rsa4096().publicKey(), new byte[] {1, 2, 3});
        assertThrows(DecryptionException.class, () -> Rsa.decryptOaep(TestKeys.rsa4096(), ct));
        assertThrows(DecryptionException.class, () -> Rsa.decryptOaep(KEY, other));
        assertThrows(IllegalArgumentException.class, () -> Rsa.encryptOaep(null, new byte[1]));
    }
}
