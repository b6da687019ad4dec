package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;
import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.util.BigIntegers;

/**
 * ECDH on secp521r1 as Ixian does it: plain x-coordinate agreement, no KDF.
 *
 * <p>The shared secret is the x-coordinate as unsigned big-endian bytes <em>with leading zero bytes
 * removed</em>, so about half of all secrets are 65 bytes rather than 66 (rarely fewer). Ixian feeds
 * that variable-length value straight into HKDF, so padding it to 66 bytes would derive other keys.
 */
public final class Ecdh {
    public static final int PUBLIC_KEY_BYTES = 67;
    private static final int MAX_PRIVATE_KEY_BYTES = 66;
    private static final ECDomainParameters DOMAIN;

    static {
        X9ECParameters p = CustomNamedCurves.getByName("secp521r1");
        DOMAIN = new ECDomainParameters(p.getCurve(), p.getG(), p.getN(), p.getH(), p.getSeed());
    }

    private Ecdh() {}

    /** A fresh key pair. */
    public static EcdhKeyPair generate() {
        ECKeyPairGenerator g = new ECKeyPairGenerator();
        g.init(new ECKeyGenerationParameters(DOMAIN, CryptoRandom.secureRandom()));
        AsymmetricCipherKeyPair kp = g.generateKeyPair();
        byte[] pub = ((ECPublicKeyParameters) kp.getPublic()).getQ().getEncoded(true);
        byte[] priv = BigIntegers.asUnsignedByteArray(((ECPrivateKeyParameters) kp.getPrivate()).getD());
        return new EcdhKeyPair(pub, priv);
    }

    /**
     * The Ixian shared secret (x-coordinate, leading zeros stripped) between our private key and the
     * peer's 67-byte compressed public key. A key that is not a valid P-521 point/scalar is a
     * ProtocolException.
     */
    public static byte[] sharedSecret(byte[] ownPrivateKey, byte[] peerPublicKey) throws ProtocolException {
        ECDHBasicAgreement agreement = new ECDHBasicAgreement();
        agreement.init(privateKey(ownPrivateKey));
        BigInteger x = agreement.calculateAgreement(publicKey(peerPublicKey));
        return BigIntegers.asUnsignedByteArray(x);
    }

    private static ECPrivateKeyParameters privateKey(byte[] bytes) throws ProtocolException {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_PRIVATE_KEY_BYTES) {
            throw new ProtocolException("ECDH private key must be 1 to 66 bytes");
        }
        BigInteger d = new BigInteger(1, bytes);
        if (d.signum() == 0 || d.compareTo(DOMAIN.getN()) >= 0) {
            throw new ProtocolException("ECDH private key out of range");
        }
        return new ECPrivateKeyParameters(d, DOMAIN);
    }

    private static ECPublicKeyParameters publicKey(byte[] bytes) throws ProtocolException {
        if (bytes == null || bytes.length != PUBLIC_KEY_BYTES || (bytes[0] != 2 && bytes[0] != 3)) {
            throw new ProtocolException("ECDH public key must be a 67-byte compressed P-521 point");
        }
        try {
            return new ECPublicKeyParameters(DOMAIN.getCurve().decodePoint(bytes), DOMAIN);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("ECDH public key is not a P-521 point: " + e.getMessage());
        }
    }
}
