package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.StreamCapabilities;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-to-one contact and everything the engine remembers about it.
 *
 * @param address the contact's address (the key of the record)
 * @param publicKey the contact's RSA public key, {@link Bytes#EMPTY} until known
 * @param nickname the nickname the contact announced, {@code ""} if none
 * @param localNickname the name we gave the contact, {@code ""} if none
 * @param avatar the contact's avatar image, {@link Bytes#EMPTY} if none
 * @param state where the relationship stands
 * @param handshakeStatus progress of the pair-key handshake
 * @param keys the pair keys ({@link ContactKeys#NONE} before the handshake)
 * @param handshakeSecrets ephemeral handshake secrets ({@link HandshakeSecrets#NONE} outside a handshake)
 * @param capabilities what the contact announced it supports
 * @param protocolVersion the stream protocol version used with this contact (0 legacy, 1 current)
 * @param lastHandshakeTimestamp timestamp of the newest handshake message accepted from the contact, the
 *     replay guard of {@link ContactStore#acceptHandshakeTimestamp}
 * @param addedAt when the contact was added
 */
public record Contact(
        Address address,
        Bytes publicKey,
        String nickname,
        String localNickname,
        Bytes avatar,
        ContactState state,
        HandshakeStatus handshakeStatus,
        ContactKeys keys,
        HandshakeSecrets handshakeSecrets,
        StreamCapabilities capabilities,
        int protocolVersion,
        long lastHandshakeTimestamp,
        Instant addedAt) {

    public Contact {
        Objects.requireNonNull(address, "address");
        publicKey = publicKey == null ? Bytes.EMPTY : publicKey;
        nickname = nickname == null ? "" : nickname;
        localNickname = localNickname == null ? "" : localNickname;
        avatar = avatar == null ? Bytes.EMPTY : avatar;
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(handshakeStatus, "handshakeStatus");
        keys = keys == null ? ContactKeys.NONE : keys;
        handshakeSecrets = handshakeSecrets == null ? HandshakeSecrets.NONE : handshakeSecrets;
        capabilities = capabilities == null ? StreamCapabilities.DEFAULT : capabilities;
        addedAt = Times.required(addedAt, "addedAt");
    }

    /** A new contact with nothing known beyond its address and state. */
    public static Contact of(Address address, ContactState state, Instant addedAt) {
        return new Contact(address, Bytes.EMPTY, "", "", Bytes.EMPTY, state, HandshakeStatus.NONE,
                ContactKeys.NONE, HandshakeSecrets.NONE, StreamCapabilities.DEFAULT, 1, 0, addedAt);
    }

    /** The local nickname, else the announced one, else the address text. */
    public String displayName() {
        if (!localNickname.isEmpty()) {
            return localNickname;
        }
        return nickname.isEmpty() ? address.toString() : nickname;
    }

    public Contact withPublicKey(Bytes v) {
        return new Contact(address, v, nickname, localNickname, avatar, state, handshakeStatus, keys,
                handshakeSecrets, capabilities, protocolVersion, lastHandshakeTimestamp, addedAt);
    }

    public Contact withNickname(String v) {
        return new Contact(address, publicKey, v, localNickname, avatar, state, handshakeStatus, keys,
                handshakeSecrets, capabilities, protocolVersion, lastHandshakeTimestamp, addedAt);
    }

    public Contact withLocalNickname(String v) {
        return new Contact(address, publicKey, nickname, v, avatar, state, handshakeStatus, keys,
                handshakeSecrets, capabilities, protocolVersion, lastHandshakeTimestamp, addedAt);
    }

    public Contact withAvatar(Bytes v) {
        return new Contact(address, publicKey, nickname, localNickname, v, state, handshakeStatus, keys,
                handshakeSecrets, capabilities, protocolVersion, lastHandshakeTimestamp, addedAt);
    }

    public Contact withState(ContactState v) {
        return new Contact(address, publicKey, nickname, localNickname, avatar, v, handshakeStatus, keys,
                handshakeSecrets, capabilities, protocolVersion, lastHandshakeTimestamp, addedAt);
    }

    public Contact withHandshakeStatus(HandshakeStatus v) {
        return new Contact(address, publicKey, nickname, localNickname, avatar, state, v, keys,
                handshakeSecrets, capabilities, protocolVersion, lastHandshakeTimestamp, addedAt);
    }

    public Contact withKeys(ContactKeys v) {
        return new Contact(address, publicKey, nickname, localNickname, avatar, state, handshakeStatus, v,
                handshakeSecrets, capabilities, protocolVersion, lastHandshakeTimestamp, addedAt);
    }

    public Contact withHandshakeSecrets(HandshakeSecrets v) {
        return new Contact(address, publicKey, nickname, localNickname, avatar, state, handshakeStatus, keys,
                v, capabilities, protocolVersion, lastHandshakeTimestamp, addedAt);
    }

    public Contact withCapabilities(StreamCapabilities v) {
        return new Contact(address, publicKey, nickname, localNickname, avatar, state, handshakeStatus, keys,
                handshakeSecrets, v, protocolVersion, lastHandshakeTimestamp, addedAt);
    }

    public Contact withProtocolVersion(int v) {
        return new Contact(address, publicKey, nickname, localNickname, avatar, state, handshakeStatus, keys,
                handshakeSecrets, capabilities, v, lastHandshakeTimestamp, addedAt);
    }
}
