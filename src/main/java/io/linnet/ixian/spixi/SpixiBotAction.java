package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of {@code botAction}: a request to, or an answer from, a bot-hosted group.
 *
 * <p>Wire: int16 LE action number, then int32 LE length and the action's data (length 0 = no data).
 * Unknown action numbers are rejected.
 *
 * @param action what is asked or told
 * @param data the action's argument (a BotInfo, BotChannel, BotContact, an address…), may be empty
 */
public record SpixiBotAction(BotActionCode action, Bytes data) {

    public SpixiBotAction {
        Objects.requireNonNull(action, "action");
        WireFields.checkBytes(data, SpixiLimits.MAX_DATA_BYTES, "data");
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(6 + data.length());
        w.int16(action.number());
        data.writeInt32Bytes(w);
        return w.toByteArray();
    }

    public static SpixiBotAction decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        int at = r.position();
        BotActionCode action = BotActionCode.fromNumber(r.int16("action"), at);
        Bytes data = Bytes.readInt32Bytes(r, SpixiLimits.MAX_DATA_BYTES, "data");
        r.expectEnd("botAction");
        return build("botAction", () -> new SpixiBotAction(action, data));
    }
}
