package io.linnet.cli.tool;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPublicKey;

/** Signature checks for the tool: SHA512withRSA with an Ixian-serialised public key. */
final class Signatures {
    private Signatures() {}

    static boolean verify(byte[] publicKey, byte[] data, byte[] signature) throws ProtocolException {
        RsaPublicKey key = RsaPublicKey.fromIxianBytes(publicKey);
        return signature != null && Rsa.verify(key, data, signature);
    }
}
