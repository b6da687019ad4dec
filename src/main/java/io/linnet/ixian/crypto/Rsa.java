package io.linnet.ixian.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * RSA as Ixian uses it: key generation with e = 65537, SHA512withRSA (PKCS#1 v1.5) signatures over the
 * given bytes, and RSA-OAEP encryption with SHA-1 and MGF1-SHA-1 and an empty label.
 */
public final class Rsa {
    /** OAEP with SHA-1 costs 42 bytes of every block. */
    public static final int OAEP_OVERHEAD = 42;

    private static final OAEPParameterSpec OAEP_SHA1 =
            new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);

    private Rsa() {}

    /** A fresh key of {@code bits} bits (a multiple of 8, 1024..8192) with e = 65537. */
    public static RsaPrivateKey generate(int bits, int keyVersion) {
        if (bits % 8 != 0 || bits < RsaKeyCodec.MIN_MODULUS_BITS || bits > RsaKeyCodec.MAX_MODULUS_BITS) {
            throw new IllegalArgumentException("unsupported RSA key size " + bits);
        }
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), CryptoRandom.secureRandom());
            RSAPrivateCrtKey k = (RSAPrivateCrtKey) g.generateKeyPair().getPrivate();
            RsaPublicKey pub = new RsaPublicKey(keyVersion, k.getModulus(), k.getPublicExponent());
            return new RsaPrivateKey(pub, k.getPrimeP(), k.getPrimeQ(), k.getPrimeExponentP(),
                    k.getPrimeExponentQ(), k.getCrtCoefficient(), k.getPrivateExponent());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation unavailable", e);
        }
    }

    /** SHA512withRSA (PKCS#1 v1.5) signature over {@code data}; as long as the modulus. */
    public static byte[] sign(RsaPrivateKey key, byte[] data) {
        Objects.requireNonNull(data, "data");
        try {
            Signature s = Signature.getInstance("SHA512withRSA");
            s.initSign(jcaPrivate(Objects.requireNonNull(key, "key")));
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA signing failed", e);
        }
    }

    /** True only if {@code signature} is a valid SHA512withRSA signature of {@code data}; never throws for bad signatures. */
    public static boolean verify(RsaPublicKey key, byte[] data, byte[] signature) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
        if (signature == null || signature.length != key.modulusBytes()) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("SHA512withRSA");
            s.initVerify(jcaPublic(key));
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** RSA-OAEP (SHA-1, MGF1-SHA-1); {@code data} may be at most modulus length − 42 bytes. */
    public static byte[] encryptOaep(RsaPublicKey key, byte[] data) {
        if (key == null) {
            throw new IllegalArgumentException("no RSA public key to encrypt to");
        }
        Objects.requireNonNull(data, "data");
        if (data.length > key.modulusBytes() - OAEP_OVERHEAD) {
            throw new IllegalArgumentException(data.length + " bytes do not fit in one RSA-OAEP block of a "
                    + key.modulus().bitLength() + "-bit key");
        }
        try {
            Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
            c.init(Cipher.ENCRYPT_MODE, jcaPublic(key), OAEP_SHA1, CryptoRandom.secureRandom());
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-OAEP encryption failed", e);
        }
    }

    /** Opens an RSA-OAEP (SHA-1) block. */
    public static byte[] decryptOaep(RsaPrivateKey key, byte[] data) throws DecryptionException {
        if (key == null) {
            throw new DecryptionException("no RSA private key to decrypt with");
        }
        if (data == null || data.length != key.publicKey().modulusBytes()) {
            throw new DecryptionException("RSA-OAEP block has the wrong length");
        }
        try {
            Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
            c.init(Cipher.DECRYPT_MODE, jcaPrivate(key), OAEP_SHA1);
            return c.doFinal(data);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new DecryptionException("RSA-OAEP decryption failed", e);
        }
    }

    private static PublicKey jcaPublic(RsaPublicKey key) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.modulus(), key.exponent()));
    }

    private static PrivateKey jcaPrivate(RsaPrivateKey key) throws GeneralSecurityException {
        RsaPublicKey pub = key.publicKey();
        return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(pub.modulus(), pub.exponent(),
                key.d(), key.p(), key.q(), key.dp(), key.dq(), key.inverseQ()));
    }
}
