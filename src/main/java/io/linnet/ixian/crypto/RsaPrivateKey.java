package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An RSA private key in CRT form, as Ixian stores it: the public key followed by P, Q, DP, DQ,
 * InverseQ (q⁻¹ mod p) and D.
 *
 * <p>Ixian bytes: the public-key bytes of {@link RsaPublicKey}, then six {@code int32 len ‖ bytes}
 * numbers. P, Q, DP, DQ and InverseQ are written left-padded to ⌈modLen/2⌉ bytes and D to modLen
 * bytes, because .NET refuses to import keys laid out otherwise (2344 bytes for RSA-4096, 1192 for
 * RSA-2048). The legacy 2339-byte form has no 5-byte prefix and reads as key version 0.
 *
 * <p>{@link #toString()} never shows the secret numbers.
 */
public record RsaPrivateKey(RsaPublicKey publicKey, BigInteger p, BigInteger q, BigInteger dp, BigInteger dq,
                            BigInteger inverseQ, BigInteger d) {

    private static final String[] FIELDS = {"P", "Q", "DP", "DQ", "InverseQ", "D"};

    public RsaPrivateKey {
        Objects.requireNonNull(publicKey, "publicKey");
        BigInteger[] values = {p, q, dp, dq, inverseQ, d};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].signum() <= 0) {
                throw new IllegalArgumentException("RSA " + FIELDS[i] + " must be positive");
            }
        }
        if (!p.multiply(q).equals(publicKey.modulus())) {
            throw new IllegalArgumentException("RSA primes do not multiply to the modulus");
        }
    }

    /** Parses Ixian private-key bytes, including the legacy 2339-byte form without prefix. */
    public static RsaPrivateKey fromIxianBytes(byte[] b) throws ProtocolException {
        IxiReader r = new IxiReader(b);
        RsaPublicKey pub = RsaKeyCodec.readPublic(r, b.length == RsaKeyCodec.LEGACY_PRIVATE_LENGTH);
        int modLen = pub.modulusBytes();
        int at = r.position();
        BigInteger[] v = new BigInteger[FIELDS.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = RsaKeyCodec.number(r, modLen, "RSA " + FIELDS[i]);
        }
        r.expectEnd("RSA private key");
        try {
            return new RsaPrivateKey(pub, v[0], v[1], v[2], v[3], v[4], v[5]);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(e.getMessage(), at);
        }
    }

    /** Ixian private-key bytes with .NET's padding (see the type description). */
    public byte[] toIxianBytes() {
        int modLen = publicKey.modulusBytes();
        int half = (modLen + 1) / 2;
        IxiWriter w = new IxiWriter(modLen * 4);
        RsaKeyCodec.writePublic(w, publicKey);
        for (BigInteger v : new BigInteger[] {p, q, dp, dq, inverseQ}) {
            RsaKeyCodec.writeNumber(w, v, half);
        }
        RsaKeyCodec.writeNumber(w, d, modLen);
        return w.toByteArray();
    }

    @Override
    public String toString() {
        return "RsaPrivateKey[" + publicKey.modulus().bitLength() + " bits, keyVersion " + publicKey.keyVersion() + "]";
    }
}
