package io.linnet.chat.store;

import io.linnet.ixian.codec.Bytes;
import java.time.Instant;

/**
 * The symmetric pair keys agreed with a contact (AES-256 and ChaCha20, 32 bytes each in protocol v1; the
 * legacy v0 handshake may leave one empty). Stored encrypted.
 *
 * @param aesKey the pair AES key, {@link Bytes#EMPTY} if none
 * @param chachaKey the pair ChaCha20 key, {@link Bytes#EMPTY} if none
 * @param generatedAt when the keys were agreed, or {@code null} if there are none
 */
public record ContactKeys(Bytes aesKey, Bytes chachaKey, Instant generatedAt) {
    /** No keys yet. */
    public static final ContactKeys NONE = new ContactKeys(Bytes.EMPTY, Bytes.EMPTY, null);

    public ContactKeys {
        aesKey = aesKey == null ? Bytes.EMPTY : aesKey;
        chachaKey = chachaKey == null ? Bytes.EMPTY : chachaKey;
        generatedAt = Times.millis(generatedAt);
    }

    /** Whether there is at least one key. */
    public boolean present() {
        return !aesKey.isEmpty() || !chachaKey.isEmpty();
    }
}
