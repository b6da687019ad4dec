package io.linnet.ixian.stream;

import io.linnet.ixian.codec.Bytes;
import java.util.Optional;

/**
 * The one-byte message ids Ixian uses instead of random ids for control messages. Because pending
 * messages are de-duplicated by id, a new message with one of these ids replaces a queued one; receipts
 * for {@link #REQUEST_ADD} and {@link #KEYS} drive the contact handshake.
 */
public enum ReservedMessageId {
    /** requestAdd, requestAdd2, openSecureConnection. */
    REQUEST_ADD(0),
    /** acceptAdd, acceptAdd2. */
    ACCEPT_ADD(1),
    /** keys, keys2. */
    KEYS(2),
    /** getNick to a person. */
    GET_NICK(3),
    /** getAvatar to a person. */
    GET_AVATAR(4),
    NICK(5),
    AVATAR(6),
    BOT_GET_INFO(11),
    BOT_GET_CHANNELS(12),
    BOT_GET_USERS(13),
    BOT_GET_GROUPS(14);

    private final Bytes id;

    ReservedMessageId(int value) {
        this.id = Bytes.of(new byte[] {(byte) value});
    }

    /** The message id: the single byte. */
    public Bytes id() {
        return id;
    }

    /** The reserved id {@code id} is, if it is one. */
    public static Optional<ReservedMessageId> of(Bytes id) {
        for (ReservedMessageId r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
