package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.generators.MLKEMKeyPairGenerator;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMKeyGenerationParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;

/** ML-KEM-1024 (FIPS 203) key encapsulation, the post-quantum half of Ixian's pair-key exchange. */
public final class MlKem {
    public static final int PUBLIC_KEY_BYTES = 1568;
    public static final int CIPHERTEXT_BYTES = 1568;
    public static final int SHARED_SECRET_BYTES = 32;
    private static final MLKEMParameters PARAMS = MLKEMParameters.ml_kem_1024;

    private MlKem() {}

    /** A fresh key pair. */
    public static MlKemKeyPair generate() {
        MLKEMKeyPairGenerator g = new MLKEMKeyPairGenerator();
        g.init(new MLKEMKeyGenerationParameters(CryptoRandom.secureRandom(), PARAMS));
        AsymmetricCipherKeyPair kp = g.generateKeyPair();
        MLKEMPrivateKeyParameters priv = ((MLKEMPrivateKeyParameters) kp.getPrivate())
                .withPreferredFormat(MLKEMPrivateKeyParameters.EXPANDED_KEY);
        return new MlKemKeyPair(((MLKEMPublicKeyParameters) kp.getPublic()).getEncoded(), priv.getEncoded());
    }

    /** Encapsulates a fresh secret to the peer's public key; a malformed key is a ProtocolException. */
    public static MlKemEncapsulation encapsulate(byte[] peerPublicKey) throws ProtocolException {
        if (peerPublicKey == null || peerPublicKey.length != PUBLIC_KEY_BYTES) {
            throw new ProtocolException("ML-KEM-1024 public key must be 1568 bytes");
        }
        try {
            MLKEMPublicKeyParameters pub = new MLKEMPublicKeyParameters(PARAMS, peerPublicKey);
            SecretWithEncapsulation s = new MLKEMGenerator(CryptoRandom.secureRandom()).generateEncapsulated(pub);
            return new MlKemEncapsulation(s.getEncapsulation(), s.getSecret());
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("malformed ML-KEM-1024 public key: " + e.getMessage());
        }
    }

    /**
     * The shared secret inside {@code ciphertext}. As FIPS 203 prescribes, a well-formed but wrong
     * ciphertext yields an unrelated secret rather than an error; only malformed input throws.
     */
    public static byte[] decapsulate(byte[] ownPrivateKey, byte[] ciphertext) throws ProtocolException {
        if (ciphertext == null || ciphertext.length != CIPHERTEXT_BYTES) {
            throw new ProtocolException("ML-KEM-1024 ciphertext must be 1568 bytes");
        }
        if (ownPrivateKey == null) {
            throw new ProtocolException("no ML-KEM-1024 private key");
        }
        try {
            return new MLKEMExtractor(new MLKEMPrivateKeyParameters(PARAMS, ownPrivateKey)).extractSecret(ciphertext);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("malformed ML-KEM-1024 private key: " + e.getMessage());
        }
    }
}
