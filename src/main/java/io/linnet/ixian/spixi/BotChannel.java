package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * A sub-conversation of a bot or group. Index 0 is the implicit main channel and is never listed.
 *
 * <p>Wire: int32 LE index, then the name as a .NET string.
 *
 * @param index the channel number used in {@link SpixiMessage#channel()}
 * @param name the channel's name
 */
public record BotChannel(int index, String name) {

    public BotChannel {
        WireFields.checkUtf8(name, SpixiLimits.MAX_CHANNEL_NAME_BYTES, "name");
    }

    public byte[] encode() {
        return new IxiWriter(8 + name.length()).int32(index).dotNetString(name).toByteArray();
    }

    public static BotChannel decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        int index = r.int32("index");
        String name = r.dotNetString(SpixiLimits.MAX_CHANNEL_NAME_BYTES, "name");
        r.expectEnd("BotChannel");
        return build("BotChannel", () -> new BotChannel(index, name));
    }
}
