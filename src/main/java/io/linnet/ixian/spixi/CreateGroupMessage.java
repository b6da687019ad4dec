package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.Set;

/**
 * Payload of {@code createGroup}: a group creator telling each participant (1:1) that the group exists and
 * who is in it. A newer copy from the same creator replaces the membership.
 *
 * <p>Wire: IxiBytes random id; IxiBytes UTF-8 group name; one raw byte, non-zero for privacy ("blind")
 * mode; IxiVarInt participant count, then per participant IxiBytes id and IxiBytes UTF-8 nick (empty =
 * none); IxiVarInt channel count, then per channel IxiBytes UTF-8 name and IxiBytes of the encoded
 * {@link BotChannel}. The creator is not in the participant list.
 *
 * <p>This record is the message as it travels: {@link #encode()} writes and {@link #decode} reads exactly
 * the participant ids it holds, so every message, privacy mode included, re-encodes to its own bytes.
 * {@link #create} builds one from the participants' real addresses and applies the privacy mode once, as
 * Ixian-Core does on sending: each participant becomes {@code GroupAddress.derive(address, randomId)}.
 * (Ixian-Core re-derives every time it serialises, so re-serialising a received privacy-mode message
 * derives a second time; that cannot happen here.)
 *
 * <p>Limits: Ixian receivers reject more than {@value #SPIXI_MAX_PARTICIPANTS} participants, so that is the
 * default for both building and decoding; Linnet-to-Linnet groups may pass up to
 * {@value #LINNET_MAX_PARTICIPANTS}. Channel lists hold at most {@link SpixiLimits#MAX_GROUP_CHANNELS}.
 *
 * <p>Channels: Ixian-Core writes each BotChannel without a length prefix but reads it as IxiBytes, so it
 * can neither produce nor parse a non-empty channel list, and it ignores channels when joining. Linnet
 * writes and reads the IxiBytes form, which is what Ixian's reader expects; still, a message for Spixi
 * peers must carry no channels.
 *
 * @param randomId the group's random id (16 bytes in practice); with the creator's address it names the
 *     group
 * @param groupName the group's name, non-empty
 * @param hideParticipantAddresses privacy mode: participant ids are virtual addresses
 * @param participants the participants other than the creator, in order, no address twice
 * @param channels the channels, in order, no name twice
 */
public record CreateGroupMessage(
        Bytes randomId,
        String groupName,
        boolean hideParticipantAddresses,
        List<GroupParticipant> participants,
        List<GroupChannel> channels) {

    /** Most participants an Ixian-Core (Spixi) receiver accepts. */
    public static final int SPIXI_MAX_PARTICIPANTS = 10;
    /**
     * Most participants Linnet accepts from Linnet peers: with the creator this fills Ixian's member list
     * of 500, beyond which it evicts its oldest entry, the owner.
     */
    public static final int LINNET_MAX_PARTICIPANTS = 499;

    public CreateGroupMessage {
        WireFields.checkNonEmpty(randomId, SpixiLimits.MAX_GROUP_RANDOM_ID_BYTES, "randomId");
        WireFields.checkUtf8(groupName, SpixiLimits.MAX_GROUP_NAME_BYTES, "groupName");
        if (groupName.isEmpty()) {
            throw new IllegalArgumentException("group name must not be empty");
        }
        participants = List.copyOf(participants);
        channels = List.copyOf(channels);
        checkCount(participants.size(), LINNET_MAX_PARTICIPANTS, "participants");
        checkCount(channels.size(), SpixiLimits.MAX_GROUP_CHANNELS, "channels");
        Set<Address> seen = new HashSet<>();
        for (GroupParticipant p : participants) {
            if (!seen.add(p.address())) {
                throw new IllegalArgumentException("participant listed twice: " + p.address());
            }
        }
        Set<String> names = new HashSet<>();
        for (GroupChannel c : channels) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("channel listed twice: " + c.name());
            }
        }
    }

    private static void checkCount(int count, int max, String what) {
        if (count > max) {
            throw new IllegalArgumentException(count + " " + what + ", limit " + max);
        }
    }

    /**
     * Builds the message a creator sends, from the participants' real addresses and the creator's nicks
     * for them (empty or null for none). In privacy mode each address is replaced by its derived virtual address;
     * otherwise each is written as Ixian does, as its public key if the {@link Address} carries one, else
     * as its 45- or 33-byte form.
     *
     * @param maxParticipants {@link #SPIXI_MAX_PARTICIPANTS} when any participant may run Spixi, at most
     *     {@link #LINNET_MAX_PARTICIPANTS}
     */
    public static CreateGroupMessage create(
            Bytes randomId,
            String groupName,
            boolean hideParticipantAddresses,
            SequencedMap<Address, String> participants,
            List<GroupChannel> channels,
            int maxParticipants) {
        checkLimit(maxParticipants);
        checkCount(participants.size(), maxParticipants, "participants");
        WireFields.checkNonEmpty(randomId, SpixiLimits.MAX_GROUP_RANDOM_ID_BYTES, "randomId");
        List<GroupParticipant> entries = new ArrayList<>(participants.size());
        for (Map.Entry<Address, String> e : participants.entrySet()) {
            Address address = e.getKey();
            String nick = Objects.requireNonNullElse(e.getValue(), "");
            entries.add(hideParticipantAddresses
                    ? new GroupParticipant(Bytes.of(GroupAddress.derive(address, randomId.toByteArray()).noChecksum()), nick)
                    : GroupParticipant.of(address, nick));
        }
        return new CreateGroupMessage(randomId, groupName, hideParticipantAddresses, entries, channels);
    }

    /** {@link #create} with no channels and Spixi's participant limit: what Spixi itself sends. */
    public static CreateGroupMessage create(
            Bytes randomId, String groupName, boolean hideParticipantAddresses, SequencedMap<Address, String> participants) {
        return create(randomId, groupName, hideParticipantAddresses, participants, List.of(), SPIXI_MAX_PARTICIPANTS);
    }

    private static void checkLimit(int maxParticipants) {
        if (maxParticipants < 0 || maxParticipants > LINNET_MAX_PARTICIPANTS) {
            throw new IllegalArgumentException("participant limit must be 0.." + LINNET_MAX_PARTICIPANTS + ": " + maxParticipants);
        }
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(64 + participants.size() * 64);
        randomId.writeIxiBytes(w);
        WireFields.writeUtf8(w, groupName);
        w.u8(hideParticipantAddresses ? 1 : 0);
        w.varUInt(participants.size());
        for (GroupParticipant p : participants) {
            p.id().writeIxiBytes(w);
            WireFields.writeUtf8(w, p.nick());
        }
        w.varUInt(channels.size());
        for (GroupChannel c : channels) {
            WireFields.writeUtf8(w, c.name());
            w.ixiBytes(c.channel().encode());
        }
        return w.toByteArray();
    }

    /** Decodes with Spixi's limit of {@value #SPIXI_MAX_PARTICIPANTS} participants. */
    public static CreateGroupMessage decode(byte[] bytes) throws ProtocolException {
        return decode(bytes, SPIXI_MAX_PARTICIPANTS);
    }

    /** Decodes, accepting up to {@code maxParticipants} (at most {@value #LINNET_MAX_PARTICIPANTS}). */
    public static CreateGroupMessage decode(byte[] bytes, int maxParticipants) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        checkLimit(maxParticipants);
        IxiReader r = new IxiReader(bytes);
        Bytes randomId = Bytes.readIxiBytes(r, SpixiLimits.MAX_GROUP_RANDOM_ID_BYTES, "randomId");
        String name = WireFields.readUtf8(r, SpixiLimits.MAX_GROUP_NAME_BYTES, "groupName");
        boolean hide = r.u8("hideParticipantAddresses") != 0;
        int count = r.varUIntAtMost(maxParticipants, "participant count");
        List<GroupParticipant> participants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Bytes id = Bytes.readIxiBytes(r, SpixiLimits.MAX_RSA_PUBLIC_KEY_BYTES, "participant id");
            String nick = WireFields.readUtf8(r, SpixiLimits.MAX_NICK_BYTES, "nick");
            participants.add(build("createGroup participant", () -> new GroupParticipant(id, nick)));
        }
        int channelCount = r.varUIntAtMost(SpixiLimits.MAX_GROUP_CHANNELS, "channel count");
        List<GroupChannel> channels = new ArrayList<>(channelCount);
        for (int i = 0; i < channelCount; i++) {
            String channelName = WireFields.readUtf8(r, SpixiLimits.MAX_CHANNEL_NAME_BYTES, "channel name");
            int at = r.position();
            byte[] channelBytes = r.ixiBytes(SpixiLimits.MAX_BOT_CHANNEL_BYTES, "channel");
            if (channelBytes == null) {
                throw new ProtocolException("createGroup channel is empty", at);
            }
            BotChannel channel = BotChannel.decode(channelBytes);
            channels.add(build("createGroup channel", () -> new GroupChannel(channelName, channel)));
        }
        r.expectEnd("createGroup");
        return build("createGroup", () -> new CreateGroupMessage(randomId, name, hide, participants, channels));
    }
}
