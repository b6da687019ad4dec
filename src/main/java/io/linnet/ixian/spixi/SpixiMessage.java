package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * The application envelope inside a StreamMessage's (decrypted) data: a type, its payload, a channel and,
 * for group traffic, the group's address and the original author.
 *
 * <p>Wire (.NET BinaryWriter):
 * <ol>
 *   <li>type: int32 LE (any value; unknown types are kept, see {@link #code()});
 *   <li>data: int32 LE length then bytes (0 = none);
 *   <li>channel: int32 LE;
 *   <li>groupAddress: IxiBytes ({@code 00} = none);
 *   <li>groupSenderAddress: IxiBytes ({@code 00} = none).
 * </ol>
 * {@link #encode()} always writes all five, so even a minimal message ends in six zero bytes (channel 0,
 * two empty addresses). {@link #decode} also accepts the older two-field form (type and data; channel 0)
 * and three-field form (no group fields). The two group fields come together: Ixian's reader reads both
 * as soon as anything follows the channel, so a lone group address is malformed. Anything else — a
 * negative or oversized length, a truncated field, bytes after the last field — is a
 * {@link ProtocolException}. (Ixian-Core instead swallows parse errors into an empty chat message, which
 * can get garbage acknowledged; Linnet drops such input.) Rejecting trailing bytes also means a future
 * sixth field would need a new decoder.
 *
 * <p>Group fields hold 45-byte addresses without checksum (version 1 or 2): the group's virtual address,
 * and the author's address (real, or virtual in privacy mode) when the owner relays. Which types may carry
 * a group address is a receiver rule, see {@link #allowedInGroup()}; the decoder does not enforce it.
 *
 * @param type the raw wire type number
 * @param data the payload, {@link Bytes#EMPTY} when there is none ({@code null} is taken as empty: the wire
 *     cannot tell the two apart)
 * @param channel the sub-conversation, 0 for the main one
 * @param groupAddress the group this message belongs to, or {@code null}
 * @param groupSenderAddress the original author of a relayed group message, or {@code null}
 */
public record SpixiMessage(int type, Bytes data, int channel, Address groupAddress, Address groupSenderAddress) {

    /** Length of the addresses the group fields carry (version 1 or 2, no checksum). */
    public static final int GROUP_FIELD_ADDRESS_LENGTH = 45;

    public SpixiMessage {
        data = Objects.requireNonNullElse(data, Bytes.EMPTY);
        WireFields.checkBytes(data, SpixiLimits.MAX_DATA_BYTES, "data");
        checkGroupField(groupAddress, "groupAddress");
        checkGroupField(groupSenderAddress, "groupSenderAddress");
    }

    private static void checkGroupField(Address address, String what) {
        if (address != null && address.version() != 1 && address.version() != 2) {
            throw new IllegalArgumentException(what + " must be a version 1 or 2 address, not version " + address.version());
        }
    }

    /** A 1:1 message on the main channel. */
    public static SpixiMessage of(SpixiMessageCode code, Bytes data) {
        return new SpixiMessage(code.number(), data, 0, null, null);
    }

    /** A group message on the main channel, without an author (the sender is the author). */
    public static SpixiMessage ofGroup(SpixiMessageCode code, Bytes data, Address group) {
        return new SpixiMessage(code.number(), data, 0, Objects.requireNonNull(group, "group"), null);
    }

    /** The known type, if any; 240–255 give {@link SpixiMessageCode#RESERVED}. */
    public Optional<SpixiMessageCode> code() {
        return SpixiMessageCode.fromNumber(type);
    }

    /** Whether this message is of {@code code} (any type 240–255 is {@link SpixiMessageCode#RESERVED}). */
    public boolean is(SpixiMessageCode code) {
        return code().orElse(null) == code;
    }

    /** Whether a receiver may accept this message's type inside a group (false for unknown types). */
    public boolean allowedInGroup() {
        return code().map(SpixiMessageCode::allowedInGroup).orElse(false);
    }

    /** This message tagged for {@code group} (null to untag). */
    public SpixiMessage withGroupAddress(Address group) {
        return new SpixiMessage(type, data, channel, group, groupSenderAddress);
    }

    /** This message naming {@code author} as its original author (null for none). */
    public SpixiMessage withGroupSenderAddress(Address author) {
        return new SpixiMessage(type, data, channel, groupAddress, author);
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(data.length() + 104);
        w.int32(type);
        data.writeInt32Bytes(w);
        w.int32(channel);
        writeGroupField(w, groupAddress);
        writeGroupField(w, groupSenderAddress);
        return w.toByteArray();
    }

    private static void writeGroupField(IxiWriter w, Address address) {
        w.ixiBytes(address == null ? null : address.noChecksum());
    }

    public static SpixiMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        int type = r.int32("type");
        Bytes data = Bytes.readInt32Bytes(r, SpixiLimits.MAX_DATA_BYTES, "data");
        int channel = r.hasRemaining() ? r.int32("channel") : 0;
        Address group = null;
        Address author = null;
        if (r.hasRemaining()) {
            group = readGroupField(r, "groupAddress");
            author = readGroupField(r, "groupSenderAddress");
        }
        r.expectEnd("SpixiMessage");
        Address g = group;
        Address a = author;
        return build("SpixiMessage", () -> new SpixiMessage(type, data, channel, g, a));
    }

    private static Address readGroupField(IxiReader r, String what) throws ProtocolException {
        int at = r.position();
        byte[] raw = r.ixiBytes(GROUP_FIELD_ADDRESS_LENGTH, what);
        if (raw == null) {
            return null;
        }
        if (raw.length != GROUP_FIELD_ADDRESS_LENGTH || (raw[0] != 1 && raw[0] != 2)) {
            throw new ProtocolException(what + " is not a 45-byte version 1 or 2 address", at);
        }
        return Address.fromBytes(raw);
    }
}
