package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of {@code msgReaction}: a reaction to an earlier message.
 *
 * <p>Wire: int32 LE length then the message id, then the reaction as a .NET string. The reaction text has
 * the form {@code <kind>:<data>} ({@code like:}, {@code tip:…}, {@code received:}, {@code seen:},
 * {@code fileReceived:}); checking that grammar is up to the receiver, not this codec.
 *
 * @param messageId id of the message reacted to, 1–64 bytes
 * @param reaction the reaction text, at most {@link SpixiLimits#MAX_REACTION_BYTES} UTF-8 bytes
 */
public record ReactionMessage(Bytes messageId, String reaction) {

    public ReactionMessage {
        WireFields.checkNonEmpty(messageId, SpixiLimits.MAX_MESSAGE_ID_BYTES, "messageId");
        WireFields.checkUtf8(reaction, SpixiLimits.MAX_REACTION_BYTES, "reaction");
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(8 + messageId.length() + reaction.length());
        messageId.writeInt32Bytes(w);
        w.dotNetString(reaction);
        return w.toByteArray();
    }

    public static ReactionMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        Bytes id = Bytes.readInt32Bytes(r, SpixiLimits.MAX_MESSAGE_ID_BYTES, "messageId");
        String reaction = r.dotNetString(SpixiLimits.MAX_REACTION_BYTES, "reaction");
        r.expectEnd("msgReaction");
        return build("msgReaction", () -> new ReactionMessage(id, reaction));
    }
}
