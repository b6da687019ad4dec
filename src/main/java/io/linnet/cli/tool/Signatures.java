package io.linnet.cli.tool;

/** Signature checks for the tool (filled in with the RSA implementation). */
final class Signatures {
    private Signatures() {}

    static boolean verify(byte[] publicKey, byte[] data, byte[] signature) {
        throw new UnsupportedOperationException("RSA verification is not available yet");
    }
}
