package io.linnet.ixian.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;

/** ECDH P-521 with Ixian's encodings and the stripped shared secret (ixian-primitives.md §8.6). */
class EcdhTest {

    @Test
    void keyPairEncodings() {
        EcdhKeyPair kp = Ecdh.generate();
        byte[] pub = kp.publicKey();
        assertEquals(67, pub.length);
        assertTrue(pub[0] == 2 || pub[0] == 3);
        byte[] priv = kp.privateKey();
        assertTrue(priv.length <= 66);
        assertNotEquals(0, priv[0], "private key is minimal: no leading zero byte");
    }

    @Test
    void twoPartiesAgree() throws Exception {
        EcdhKeyPair a = Ecdh.generate();
        EcdhKeyPair b = Ecdh.generate();
        byte[] ab = Ecdh.sharedSecret(a.privateKey(), b.publicKey());
        assertArrayEquals(ab, Ecdh.sharedSecret(b.privateKey(), a.publicKey()));
        assertNotEquals(0, ab[0]);
        assertFalse(Arrays.equals(ab, Ecdh.sharedSecret(a.privateKey(), Ecdh.generate().publicKey())));
    }

    @Test
    void shortSecretsOccurAndBothSidesStillDeriveTheSameKeys() throws Exception {
        byte[] aesSalt = CryptoRandom.bytes(32);
        byte[] chachaSalt = CryptoRandom.bytes(32);
        byte[] mlKemSecret = CryptoRandom.bytes(32);
        for (int i = 0; i < 200; i++) { // about half of all secrets are 65 bytes
            EcdhKeyPair a = Ecdh.generate();
            EcdhKeyPair b = Ecdh.generate();
            byte[] secret = Ecdh.sharedSecret(a.privateKey(), b.publicKey());
            if (secret.length == 66) {
                continue;
            }
            byte[] jdk = jdkAgreement(a, b);
            assertEquals(66, jdk.length);
            assertEquals(0, jdk[0]);
            assertArrayEquals(Arrays.copyOfRange(jdk, 66 - secret.length, 66), secret);

            PairKeys onA = PairKeys.derive(secret, mlKemSecret, aesSalt, chachaSalt);
            PairKeys onB = PairKeys.derive(Ecdh.sharedSecret(b.privateKey(), a.publicKey()), mlKemSecret, aesSalt, chachaSalt);
            assertEquals(onA, onB);
            assertNotEquals(onA, PairKeys.derive(jdk, mlKemSecret, aesSalt, chachaSalt), "padding the secret changes the keys");
            return;
        }
        throw new AssertionError("no secret shorter than 66 bytes in 200 agreements");
    }

    @Test
    void rejectsMalformedKeys() {
        EcdhKeyPair kp = Ecdh.generate();
        byte[] pub = kp.publicKey();
        byte[] priv = kp.privateKey();
        assertThrows(ProtocolException.class, () -> Ecdh.sharedSecret(priv, Arrays.copyOf(pub, 66)));
        assertThrows(ProtocolException.class, () -> Ecdh.sharedSecret(priv, null));
        byte[] uncompressedPrefix = pub.clone();
        uncompressedPrefix[0] = 4;
        assertThrows(ProtocolException.class, () -> Ecdh.sharedSecret(priv, uncompressedPrefix));
        byte[] tooBigX = pub.clone();
        Arrays.fill(tooBigX, 1, 67, (byte) 0xff); // x above the field prime
        assertThrows(ProtocolException.class, () -> Ecdh.sharedSecret(priv, tooBigX));
        assertThrows(ProtocolException.class, () -> Ecdh.sharedSecret(new byte[0], pub));
        assertThrows(ProtocolException.class, () -> Ecdh.sharedSecret(new byte[66], pub));
        assertThrows(ProtocolException.class, () -> Ecdh.sharedSecret(new byte[67], pub));
        byte[] order = CustomNamedCurves.getByName("secp521r1").getN().toByteArray();
        assertThrows(ProtocolException.class, () -> Ecdh.sharedSecret(order, pub));
    }

    @Test
    void keyPairIsCopiedAtTheBoundary() {
        EcdhKeyPair kp = Ecdh.generate();
        byte[] pub = kp.publicKey();
        pub[1] ^= 1;
        assertFalse(Arrays.equals(pub, kp.publicKey()));
        assertEquals(kp, new EcdhKeyPair(kp.publicKey(), kp.privateKey()));
        assertFalse(kp.toString().contains(java.util.HexFormat.of().formatHex(kp.privateKey())));
    }

    /** The JDK's fixed-length (66-byte) ECDH output for the same keys. */
    private static byte[] jdkAgreement(EcdhKeyPair own, EcdhKeyPair peer) throws Exception {
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec("secp521r1"));
        ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
        var q = CustomNamedCurves.getByName("secp521r1").getCurve().decodePoint(peer.publicKey()).normalize();
        KeyFactory kf = KeyFactory.getInstance("EC");
        var pub = kf.generatePublic(new ECPublicKeySpec(new ECPoint(q.getAffineXCoord().toBigInteger(),
                q.getAffineYCoord().toBigInteger()), spec));
        var priv = kf.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, own.privateKey()), spec));
        KeyAgreement ka = KeyAgreement.getInstance("ECDH");
        ka.init(priv);
        ka.doPhase(pub, true);
        byte[] secret = ka.generateSecret();
        assertNotNull(secret);
        return secret;
    }
}
