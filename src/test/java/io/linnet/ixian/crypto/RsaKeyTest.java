package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Ixian RSA key serialisation (ixian-primitives.md §6.1, Appendix A). */
class RsaKeyTest {
    private static final BigInteger F4 = BigInteger.valueOf(65537);

    @Test
    void appendixInputsHaveTheirStatedHashes() {
        assertEquals("e2e69daa3f38e63323e50457f3dd100c5e36315b2a442432cdb07500baf4aebe", h(Hashes.sha3_256(IxianVectors.PK_V1)));
        assertEquals("0c53d015aea68295b476dc6ec08f707b33cba36e79bf32ea8c4853b6283ca8be", h(Hashes.sha3_256(IxianVectors.PK_V2)));
        assertEquals("43f193e66cc2093cdada94096944bbb628b900def7e1ae90dddf06f8c11c35a6", h(Hashes.sha3_256(IxianVectors.PK_V0_LEGACY)));
        assertEquals("cf978d9c2542227c69717368ffbd630c8ce96bb0185e699e555ab08a5b9d18f7", h(Hashes.sha3_256(IxianVectors.PK_V0_PREFIXED)));
    }

    @Test
    void rsa2048PublicKeyRoundTripsByteExact() throws Exception {
        RsaPublicKey pub = RsaPublicKey.fromIxianBytes(IxianVectors.RSA2048_PUBLIC);
        assertEquals(2, pub.keyVersion());
        assertEquals(256, pub.modulusBytes());
        assertEquals(2048, pub.modulus().bitLength());
        assertEquals(F4, pub.exponent());
        assertEquals(272, pub.toIxianBytes().length);
        assertArrayEquals(IxianVectors.RSA2048_PUBLIC, pub.toIxianBytes());
    }

    @Test
    void rsa2048PrivateKeyRoundTripsByteExact() throws Exception {
        RsaPrivateKey key = RsaPrivateKey.fromIxianBytes(IxianVectors.RSA2048_PRIVATE);
        assertEquals(RsaPublicKey.fromIxianBytes(IxianVectors.RSA2048_PUBLIC), key.publicKey());
        assertEquals(key.publicKey().modulus(), key.p().multiply(key.q()));
        assertEquals(BigInteger.ONE, key.q().multiply(key.inverseQ()).mod(key.p()));
        assertEquals(1192, key.toIxianBytes().length);
        assertArrayEquals(IxianVectors.RSA2048_PRIVATE, key.toIxianBytes());
    }

    @Test
    void appendixPublicKeysRoundTrip() throws Exception {
        for (byte[] k : new byte[][] {IxianVectors.PK_V1, IxianVectors.PK_V2, IxianVectors.PK_V0_PREFIXED}) {
            assertArrayEquals(k, RsaPublicKey.fromIxianBytes(k).toIxianBytes());
        }
        assertEquals(1, RsaPublicKey.fromIxianBytes(IxianVectors.PK_V1).keyVersion());
        assertEquals(0, RsaPublicKey.fromIxianBytes(IxianVectors.PK_V0_PREFIXED).keyVersion());
    }

    @Test
    void legacy523BytePublicKeyHasNoPrefixAndReadsAsVersion0() throws Exception {
        RsaPublicKey legacy = RsaPublicKey.fromIxianBytes(IxianVectors.PK_V0_LEGACY);
        assertEquals(0, legacy.keyVersion());
        assertEquals(RsaPublicKey.fromIxianBytes(IxianVectors.PK_V1).modulus(), legacy.modulus());
        assertArrayEquals(IxianVectors.PK_V0_PREFIXED, legacy.toIxianBytes());
    }

    @Test
    void legacy2339BytePrivateKeyHasNoPrefix() throws Exception {
        RsaPrivateKey key = TestKeys.rsa4096();
        byte[] full = key.toIxianBytes();
        assertEquals(2344, full.length);
        RsaPrivateKey legacy = RsaPrivateKey.fromIxianBytes(Arrays.copyOfRange(full, 5, full.length));
        assertEquals(0, legacy.publicKey().keyVersion());
        assertEquals(key.publicKey().modulus(), legacy.publicKey().modulus());
        assertEquals(key.d(), legacy.d());
        assertEquals(key.inverseQ(), legacy.inverseQ());
    }

    @Test
    void generatedRsa4096KeyHasIxianSizes() throws Exception {
        RsaPrivateKey key = TestKeys.rsa4096();
        assertEquals(4096, key.publicKey().modulus().bitLength());
        assertEquals(F4, key.publicKey().exponent());
        assertEquals(1, key.publicKey().keyVersion());
        assertEquals(528, key.publicKey().toIxianBytes().length);
        assertEquals(key, RsaPrivateKey.fromIxianBytes(key.toIxianBytes()));
    }

    @Test
    void privateFieldsArePaddedAsDotNetRequires() throws Exception {
        RsaPrivateKey k = TestKeys.rsa2048();
        byte[] out = new RsaPrivateKey(k.publicKey(), k.p(), k.q(), k.dp(), k.dq(), BigInteger.ONE, BigInteger.TWO)
                .toIxianBytes();
        assertEquals(1192, out.length);
        // InverseQ is the fifth field after the 272 public bytes: 4 x (4 + 128) bytes further on
        int inverseQ = 272 + 4 * 132;
        assertEquals("80000000", h(Arrays.copyOfRange(out, inverseQ, inverseQ + 4)));
        assertEquals("00".repeat(127) + "01", h(Arrays.copyOfRange(out, inverseQ + 4, inverseQ + 132)));
        int d = inverseQ + 132;
        assertEquals("00010000" + "00".repeat(255) + "02", h(Arrays.copyOfRange(out, d, out.length)));
    }

    @Test
    void toStringHidesTheSecretNumbers() {
        RsaPrivateKey k = TestKeys.rsa2048();
        assertFalse(k.toString().contains(k.d().toString()));
        assertFalse(k.toString().contains(k.p().toString(16)));
    }

    @Test
    void rejectsMalformedKeys() {
        byte[] pub = IxianVectors.RSA2048_PUBLIC;
        byte[] priv = IxianVectors.RSA2048_PRIVATE;
        assertPublicRejected(new byte[0]);
        assertPublicRejected(Arrays.copyOf(pub, 100));
        assertPublicRejected(Arrays.copyOf(pub, pub.length - 1));
        assertPublicRejected(Arrays.copyOf(pub, pub.length + 1)); // trailing byte
        assertPublicRejected(priv); // private key is not a public key
        assertPublicRejected(with(pub, 5, 0xff, 0xff, 0xff, 0xff)); // modulus length -1
        assertPublicRejected(with(pub, 5, 0xff, 0xff, 0xff, 0x7f)); // modulus length 2^31-1
        assertPublicRejected(with(pub, 9, 0x00)); // modulus with a leading zero byte
        assertPublicRejected(with(pub, 271, 0x00)); // even exponent 65536
        assertPrivateRejected(pub); // no private part
        assertPrivateRejected(Arrays.copyOf(priv, priv.length - 1));
        assertPrivateRejected(Arrays.copyOf(priv, priv.length - 260)); // D missing
        assertPrivateRejected(with(priv, 300, priv[300] ^ 0x01)); // P changed: P*Q no longer the modulus
    }

    private static byte[] with(byte[] base, int at, int... values) {
        byte[] b = base.clone();
        for (int i = 0; i < values.length; i++) {
            b[at + i] = (byte) values[i];
        }
        return b;
    }

    private static void assertPublicRejected(byte[] b) {
        assertThrows(ProtocolException.class, () -> RsaPublicKey.fromIxianBytes(b));
    }

    private static void assertPrivateRejected(byte[] b) {
        assertThrows(ProtocolException.class, () -> RsaPrivateKey.fromIxianBytes(b));
    }
}
