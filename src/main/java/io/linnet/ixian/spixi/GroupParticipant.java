package io.linnet.ixian.spixi;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.Objects;

/**
 * One participant entry of a {@link CreateGroupMessage}, exactly as it travels.
 *
 * <p>{@code id} is what the creator wrote for the participant: in standard mode the participant's real
 * address (45 or 33 bytes without checksum as Spixi sends it; Ixian also writes the full RSA public key
 * when it has one, and accepts an address with checksum), in privacy mode the participant's derived
 * virtual address (45 bytes). Keeping the bytes rather than an {@link Address} makes a decoded message
 * re-encode to the very same bytes.
 *
 * @param id the participant's address bytes or public key blob
 * @param nick the creator's name for the participant, empty if none
 */
public record GroupParticipant(Bytes id, String nick) {

    public GroupParticipant {
        WireFields.checkNonEmpty(id, SpixiLimits.MAX_RSA_PUBLIC_KEY_BYTES, "participant id");
        WireFields.checkUtf8(nick, SpixiLimits.MAX_NICK_BYTES, "nick");
        parse(id);
    }

    /** The participant's address (real in standard mode, virtual in privacy mode). */
    public Address address() {
        return parse(id);
    }

    private static Address parse(Bytes id) {
        byte[] raw = id.toByteArray();
        try {
            return raw.length >= Address.MIN_KEY_LENGTH ? Address.fromPublicKey(raw) : Address.fromBytes(raw);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException("participant id is neither an address nor a public key: " + e.getMessage(), e);
        }
    }

    /** An entry naming {@code address} the way Ixian does: its public key if known, else its address. */
    public static GroupParticipant of(Address address, String nick) {
        Objects.requireNonNull(address, "address");
        return new GroupParticipant(Bytes.of(address.inputBytes()), nick);
    }
}
