package io.linnet.chat.wire;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.spixi.SpixiLimits;
import java.util.Objects;

/**
 * Payload of Linnet's quoting chat message ({@link LinnetWire#CHAT_REPLY}): the quoted message's id and the
 * text. Otherwise it is handled exactly like a Spixi {@code chat} message (same receipts, same id rules).
 *
 * <p>Wire: IxiBytes quoted id (1–64 bytes), then the text as a .NET string.
 *
 * @param replyTo id of the quoted message
 * @param text the message text
 */
public record ReplyPayload(Bytes replyTo, String text) {
    public ReplyPayload {
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(text, "text");
        if (replyTo.isEmpty() || replyTo.length() > SpixiLimits.MAX_MESSAGE_ID_BYTES) {
            throw new IllegalArgumentException("quoted id of " + replyTo.length() + " bytes");
        }
        if (text.length() > LinnetWire.MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("text of " + text.length() + " characters");
        }
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(replyTo.length() + text.length() * 3 + 8);
        replyTo.writeIxiBytes(w);
        w.dotNetString(text);
        return w.toByteArray();
    }

    public static ReplyPayload decode(byte[] bytes) throws ProtocolException {
        IxiReader r = new IxiReader(bytes);
        Bytes replyTo = Bytes.of(r.ixiBytes(SpixiLimits.MAX_MESSAGE_ID_BYTES, "replyTo"));
        String text = r.dotNetString(LinnetWire.MAX_TEXT_CHARS * 3, "text");
        r.expectEnd("reply");
        try {
            return new ReplyPayload(replyTo, text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("reply: " + e.getMessage(), 0);
        }
    }
}
