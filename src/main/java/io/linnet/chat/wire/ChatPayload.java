package io.linnet.chat.wire;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.spixi.SpixiLimits;
import java.util.Objects;

/**
 * Payload of Linnet's ordered chat message ({@link LinnetWire#CHAT_ORDERED}): the author's sending time in
 * milliseconds, the quoted message's id (if any) and the text. The time orders a conversation at the
 * receiver: the author makes it strictly increasing within the conversation, so messages written in the
 * same second keep their order however the network delivers them (the StreamMessage timestamp has whole
 * seconds only).
 *
 * <p>Wire: int64 LE sending time (Unix milliseconds, not negative), IxiBytes quoted id ({@code 00} = none,
 * else 1–64 bytes), then the text as a .NET string (at most {@link LinnetWire#MAX_TEXT_CHARS} characters).
 * Decoding is strict: trailing bytes are an error.
 *
 * @param sentAtMillis the author's sending time, Unix milliseconds
 * @param replyTo id of the quoted message, {@link Bytes#EMPTY} for none
 * @param text the message text
 */
public record ChatPayload(long sentAtMillis, Bytes replyTo, String text) {
    public ChatPayload {
        replyTo = replyTo == null ? Bytes.EMPTY : replyTo;
        Objects.requireNonNull(text, "text");
        if (sentAtMillis < 0) {
            throw new IllegalArgumentException("sending time " + sentAtMillis);
        }
        if (replyTo.length() > SpixiLimits.MAX_MESSAGE_ID_BYTES) {
            throw new IllegalArgumentException("quoted id of " + replyTo.length() + " bytes");
        }
        if (text.length() > LinnetWire.MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("text of " + text.length() + " characters");
        }
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(replyTo.length() + text.length() * 3 + 16);
        w.int64(sentAtMillis);
        replyTo.writeIxiBytes(w);
        w.dotNetString(text);
        return w.toByteArray();
    }

    public static ChatPayload decode(byte[] bytes) throws ProtocolException {
        IxiReader r = new IxiReader(bytes);
        long sentAt = r.int64("sentAt");
        Bytes replyTo = Bytes.of(r.ixiBytes(SpixiLimits.MAX_MESSAGE_ID_BYTES, "replyTo"));
        String text = r.dotNetString(LinnetWire.MAX_TEXT_CHARS * 3, "text");
        r.expectEnd("ordered chat");
        try {
            return new ChatPayload(sentAt, replyTo, text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("ordered chat: " + e.getMessage(), 0);
        }
    }
}
