package io.linnet.chat.wire;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.spixi.SpixiLimits;
import java.util.Objects;

/**
 * Payload of Linnet's edit message ({@link LinnetWire#EDIT}): the id of the edited message and its new text.
 *
 * <p>Wire: IxiBytes target id (1–64 bytes), then the text as a .NET string (at most
 * {@link LinnetWire#MAX_TEXT_CHARS} characters). Decoding is strict: trailing bytes are an error.
 *
 * @param target the edited message's id
 * @param text the replacement text
 */
public record EditPayload(Bytes target, String text) {
    public EditPayload {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
        if (target.isEmpty() || target.length() > SpixiLimits.MAX_MESSAGE_ID_BYTES) {
            throw new IllegalArgumentException("target id of " + target.length() + " bytes");
        }
        if (text.length() > LinnetWire.MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("text of " + text.length() + " characters");
        }
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(target.length() + text.length() * 3 + 8);
        target.writeIxiBytes(w);
        w.dotNetString(text);
        return w.toByteArray();
    }

    public static EditPayload decode(byte[] bytes) throws ProtocolException {
        IxiReader r = new IxiReader(bytes);
        Bytes target = Bytes.of(r.ixiBytes(SpixiLimits.MAX_MESSAGE_ID_BYTES, "target"));
        String text = r.dotNetString(LinnetWire.MAX_TEXT_CHARS * 3, "text");
        r.expectEnd("edit");
        try {
            return new EditPayload(target, text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("edit: " + e.getMessage(), 0);
        }
    }
}
