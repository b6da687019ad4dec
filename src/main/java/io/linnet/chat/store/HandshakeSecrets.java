package io.linnet.chat.store;

import io.linnet.ixian.codec.Bytes;

/**
 * The ephemeral secrets a responder keeps between sending acceptAdd2 and receiving keys2; wiped once the
 * keys are derived. Stored encrypted.
 *
 * @param ecdhPrivateKey our ephemeral ECDH P-521 private key
 * @param mlKemPrivateKey our ephemeral ML-KEM-1024 private key
 * @param aesSalt the salt we sent for the AES key derivation
 */
public record HandshakeSecrets(Bytes ecdhPrivateKey, Bytes mlKemPrivateKey, Bytes aesSalt) {
    /** No handshake in progress. */
    public static final HandshakeSecrets NONE = new HandshakeSecrets(Bytes.EMPTY, Bytes.EMPTY, Bytes.EMPTY);

    public HandshakeSecrets {
        ecdhPrivateKey = ecdhPrivateKey == null ? Bytes.EMPTY : ecdhPrivateKey;
        mlKemPrivateKey = mlKemPrivateKey == null ? Bytes.EMPTY : mlKemPrivateKey;
        aesSalt = aesSalt == null ? Bytes.EMPTY : aesSalt;
    }

    /** Whether any secret is held. */
    public boolean present() {
        return !ecdhPrivateKey.isEmpty() || !mlKemPrivateKey.isEmpty() || !aesSalt.isEmpty();
    }
}
