package io.linnet.ixian.stream;

import io.linnet.ixian.codec.Bytes;
import java.util.Objects;

/**
 * A received {@link StreamMessage} after decryption, together with what it looked like before.
 *
 * <p>Version ≥ 1 senders sign after encrypting, so their signature covers the ciphertext: verifying it
 * needs the checksum of the message as it arrived, which can no longer be computed from the plaintext.
 * Version 0 senders sign before encrypting, so for them the plaintext message's own checksum is the one
 * to check. {@link StreamMessageCrypto#verify(DecryptedStreamMessage, io.linnet.ixian.crypto.RsaPublicKey)}
 * picks the right one.
 *
 * @param message the message with its data replaced by the plaintext (and the local {@code encrypted}
 *     flag cleared); every other field is as received
 * @param originalData the data as received (the ciphertext)
 * @param originalChecksum the checksum of the message as received
 */
public record DecryptedStreamMessage(StreamMessage message, Bytes originalData, Bytes originalChecksum) {

    public DecryptedStreamMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(originalData, "originalData");
        Objects.requireNonNull(originalChecksum, "originalChecksum");
    }

    /** The checksum the sender's signature covers: the received one from version 1 on, else the plaintext's. */
    public Bytes signedChecksum() {
        return message.version() > 0 ? originalChecksum : message.checksum();
    }
}
