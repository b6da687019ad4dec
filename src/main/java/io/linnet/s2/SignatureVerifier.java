package io.linnet.s2;

/**
 * Checks an RSA-SHA512 (PKCS#1 v1.5) signature made with the key given in Ixian's public-key layout.
 * Validators take one so they can be tested without real keys; a verifier answers {@code false} for a
 * malformed key instead of throwing.
 */
@FunctionalInterface
public interface SignatureVerifier {
    boolean verify(byte[] ixianPublicKey, byte[] signedBytes, byte[] signature);
}
