package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiNumber;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Settings of a bot-hosted group, sent by bots in botAction {@code info}; Ixian also keeps one locally for
 * each peer-to-peer group (never sent) to remember its random id and mode.
 *
 * <p>Wire (.NET BinaryWriter): int16 version, .NET strings server name, description and cost (decimal
 * amount text such as {@code "0.00000000"}), int64 settings time, bool admin, int32 default group, int32
 * default channel; then three optional parts, each present only if the previous one is: bool
 * sendNotification; int64 user count; IxiBytes random id followed by bool hideParticipantAddresses. All
 * parts are always written; missing parts read as false, 0, empty and false.
 *
 * @param version format version (0)
 * @param serverName bot name
 * @param serverDescription bot description
 * @param cost price per message
 * @param settingsGeneratedTime when the bot generated these settings
 * @param admin whether the local user administers the group (UI-only)
 * @param defaultGroup default permission group index
 * @param defaultChannel default channel index
 * @param sendNotification whether members get push notifications
 * @param userCount number of members
 * @param randomId the group's random id (peer-to-peer groups), may be empty
 * @param hideParticipantAddresses whether the group runs in privacy ("blind") mode
 */
public record BotInfo(
        short version,
        String serverName,
        String serverDescription,
        IxiNumber cost,
        long settingsGeneratedTime,
        boolean admin,
        int defaultGroup,
        int defaultChannel,
        boolean sendNotification,
        long userCount,
        Bytes randomId,
        boolean hideParticipantAddresses) {

    public BotInfo {
        WireFields.checkUtf8(serverName, SpixiLimits.MAX_SERVER_NAME_BYTES, "serverName");
        WireFields.checkUtf8(serverDescription, SpixiLimits.MAX_SERVER_DESCRIPTION_BYTES, "serverDescription");
        Objects.requireNonNull(cost, "cost");
        WireFields.checkBytes(randomId, SpixiLimits.MAX_GROUP_RANDOM_ID_BYTES, "randomId");
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(128 + serverDescription.length());
        w.int16(version).dotNetString(serverName).dotNetString(serverDescription).dotNetString(cost.toString());
        w.int64(settingsGeneratedTime).bool(admin).int32(defaultGroup).int32(defaultChannel);
        w.bool(sendNotification).int64(userCount);
        randomId.writeIxiBytes(w);
        w.bool(hideParticipantAddresses);
        return w.toByteArray();
    }

    public static BotInfo decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        short version = r.int16("version");
        String name = r.dotNetString(SpixiLimits.MAX_SERVER_NAME_BYTES, "serverName");
        String description = r.dotNetString(SpixiLimits.MAX_SERVER_DESCRIPTION_BYTES, "serverDescription");
        int at = r.position();
        String costText = r.dotNetString(SpixiLimits.MAX_AMOUNT_TEXT_BYTES, "cost");
        IxiNumber cost;
        try {
            cost = IxiNumber.parse(costText);
        } catch (ProtocolException e) {
            throw new ProtocolException("BotInfo cost: " + e.getMessage(), at, e);
        }
        long time = r.int64("settingsGeneratedTime");
        boolean admin = r.bool("admin");
        int defaultGroup = r.int32("defaultGroup");
        int defaultChannel = r.int32("defaultChannel");
        boolean notify = r.hasRemaining() && r.bool("sendNotification");
        long userCount = r.hasRemaining() ? r.int64("userCount") : 0;
        Bytes randomId = Bytes.EMPTY;
        boolean hide = false;
        if (r.hasRemaining()) {
            randomId = Bytes.readIxiBytes(r, SpixiLimits.MAX_GROUP_RANDOM_ID_BYTES, "randomId");
            hide = r.bool("hideParticipantAddresses");
        }
        r.expectEnd("BotInfo");
        Bytes id = randomId;
        boolean hidden = hide;
        return build("BotInfo", () -> new BotInfo(version, name, description, cost, time, admin, defaultGroup,
                defaultChannel, notify, userCount, id, hidden));
    }
}
