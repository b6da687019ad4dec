package io.linnet.ixian.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA3Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF (RFC 5869) with SHA3-512, as Ixian derives symmetric keys. */
public final class Hkdf {
    private Hkdf() {}

    /**
     * {@code length} bytes of HKDF-SHA3-512 output. A {@code null} or empty salt means 64 zero bytes
     * (RFC 5869's default); a {@code null} info means empty.
     */
    public static byte[] sha3_512(byte[] ikm, int length, byte[] salt, byte[] info) {
        Objects.requireNonNull(ikm, "ikm");
        if (length <= 0 || length > 255 * 64) {
            throw new IllegalArgumentException("HKDF output length " + length);
        }
        HKDFBytesGenerator g = new HKDFBytesGenerator(new SHA3Digest(512));
        g.init(new HKDFParameters(ikm, salt == null || salt.length == 0 ? null : salt, info));
        byte[] out = new byte[length];
        g.generateBytes(out, 0, length);
        return out;
    }
}
