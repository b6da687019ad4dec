package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;

/**
 * RSA keys shared by tests: the RSA-2048 test key of the spec (fast) and one RSA-4096 key generated
 * once per test JVM (generation takes about a second).
 */
public final class TestKeys {
    private TestKeys() {}

    /** The spec's RSA-2048 test key (Appendix A), keyVersion 2. */
    public static RsaPrivateKey rsa2048() {
        try {
            return RsaPrivateKey.fromIxianBytes(IxianVectors.RSA2048_PRIVATE);
        } catch (ProtocolException e) {
            throw new AssertionError("the spec's RSA-2048 test key must parse", e);
        }
    }

    /** A fresh-per-JVM RSA-4096 key with keyVersion 1, as Linnet identities use. */
    public static RsaPrivateKey rsa4096() {
        return Rsa4096.KEY;
    }

    private static final class Rsa4096 {
        static final RsaPrivateKey KEY = Rsa.generate(4096, 1);
    }
}
