package io.linnet.ixian.stream;

import io.linnet.ixian.ProtocolException;

/** How a {@link StreamMessage}'s data is encrypted, with the wire numbers. */
public enum EncryptionType {
    /** Plaintext. */
    NONE,
    /** RSA-OAEP-SHA1 of the whole payload to the recipient's key (legacy, small payloads only). */
    RSA,
    /** AES-GCM inside unauthenticated ChaCha20 with the pair keys (legacy, protocol v0). */
    SPIXI1,
    /** Fresh spixi2 keys sent RSA-encrypted to the recipient, then spixi2 with the message's AAD. */
    RSA2,
    /** AES-GCM inside ChaCha20-Poly1305 with per-message keys derived from the pair keys, with AAD. */
    SPIXI2;

    private static final EncryptionType[] VALUES = values();

    /** The wire number (declaration order: 0–4). */
    public int number() {
        return ordinal();
    }

    /** What a new message uses unless told otherwise: {@link #SPIXI1} for version 0, else {@link #SPIXI2}. */
    public static EncryptionType defaultFor(int version) {
        return version == 0 ? SPIXI1 : SPIXI2;
    }

    static EncryptionType fromNumber(long number, int offset) throws ProtocolException {
        if (number < 0 || number >= VALUES.length) {
            throw new ProtocolException("unknown encryption type " + number, offset);
        }
        return VALUES[(int) number];
    }
}
