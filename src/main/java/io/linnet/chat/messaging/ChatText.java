package io.linnet.chat.messaging;

import io.linnet.chat.wire.LinnetWire;
import io.linnet.chat.wire.ReplyPayload;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.spixi.SpixiMessage;

/**
 * The text of a received chat message: Spixi's {@code chat} (UTF-8) or Linnet's quoting chat
 * ({@link ReplyPayload}).
 *
 * @param text the text
 * @param replyTo the quoted message's id, {@link Bytes#EMPTY} for none
 */
public record ChatText(String text, Bytes replyTo) {

    public static ChatText decode(SpixiMessage s, boolean reply) throws ProtocolException {
        if (reply) {
            ReplyPayload p = ReplyPayload.decode(s.data().toByteArray());
            return new ChatText(p.text(), p.replyTo());
        }
        return new ChatText(IxiReader.utf8(s.data().toByteArray(), 0, "chat text"), Bytes.EMPTY);
    }

    /** Longer than Linnet takes ({@link LinnetWire#MAX_TEXT_CHARS}). */
    public boolean tooLong() {
        return text.length() > LinnetWire.MAX_TEXT_CHARS;
    }
}
