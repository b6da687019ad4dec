package io.linnet.s2;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPublicKey;

/**
 * Checks an RSA-SHA512 (PKCS#1 v1.5) signature made with the key given in Ixian's public-key layout.
 * Validators take one so they can be tested without real keys; a verifier answers {@code false} for a
 * malformed key instead of throwing.
 */
@FunctionalInterface
public interface SignatureVerifier {
    boolean verify(byte[] ixianPublicKey, byte[] signedBytes, byte[] signature);

    /** The real check: parse the Ixian key bytes and verify SHA512withRSA; unparsable keys fail. */
    static SignatureVerifier rsa() {
        return (key, data, signature) -> {
            if (key == null || signature == null || signature.length == 0) {
                return false;
            }
            try {
                return Rsa.verify(RsaPublicKey.fromIxianBytes(key), data, signature);
            } catch (ProtocolException e) {
                return false;
            }
        };
    }
}
