package io.linnet.ixian.crypto;

import io.linnet.ixian.ProtocolException;

/** Ixian's {@code StreamMessageEncryptionCode}: how a stream message's payload is encrypted. */
public enum EncryptionCode {
    /** Plaintext. */
    NONE(0),
    /** Legacy: the whole payload in one RSA-OAEP block. */
    RSA(1),
    /** Legacy pair-key scheme: AES-GCM inside unauthenticated ChaCha20. */
    SPIXI1(2),
    /** One-off AES and ChaCha keys under RSA-OAEP, payload in {@code spixi2}. */
    RSA2(3),
    /** Current pair-key scheme: AES-GCM inside ChaCha20-Poly1305 with per-message keys. */
    SPIXI2(4);

    private final int code;

    EncryptionCode(int code) {
        this.code = code;
    }

    /** The number on the wire. */
    public int code() {
        return code;
    }

    /** The scheme for a wire number; unknown numbers are a ProtocolException. */
    public static EncryptionCode fromCode(long code) throws ProtocolException {
        for (EncryptionCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new ProtocolException("unknown encryption code " + code);
    }
}
