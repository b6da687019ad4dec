package io.linnet.chat.wire;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.spixi.SpixiLimits;
import java.util.Objects;

/**
 * Payload of Linnet's edit message ({@link LinnetWire#EDIT}): the id of the edited message, its new text and
 * when the author edited it.
 *
 * <p>Wire: IxiBytes target id (1–64 bytes), then the text as a .NET string (at most
 * {@link LinnetWire#MAX_TEXT_CHARS} characters), then the edit time as int64 LE Unix milliseconds. The time
 * is optional on receipt (older senders end after the text; then {@link #editedAtMillis()} is
 * {@value #NO_TIME}) and always written when known: it lets the receiver keep the last of several edits
 * made within one second, which the whole-second StreamMessage timestamp cannot tell apart. Decoding is
 * strict otherwise: a negative time or any other trailing bytes are an error.
 *
 * @param target the edited message's id
 * @param text the replacement text
 * @param editedAtMillis the author's edit time in Unix milliseconds, {@value #NO_TIME} if not carried
 */
public record EditPayload(Bytes target, String text, long editedAtMillis) {
    /** {@link #editedAtMillis()} of an edit that does not carry its time. */
    public static final long NO_TIME = -1;

    public EditPayload {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
        if (target.isEmpty() || target.length() > SpixiLimits.MAX_MESSAGE_ID_BYTES) {
            throw new IllegalArgumentException("target id of " + target.length() + " bytes");
        }
        if (text.length() > LinnetWire.MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("text of " + text.length() + " characters");
        }
        if (editedAtMillis < NO_TIME) {
            throw new IllegalArgumentException("edit time " + editedAtMillis);
        }
    }

    /** An edit without its time (as older senders wrote it). */
    public EditPayload(Bytes target, String text) {
        this(target, text, NO_TIME);
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(target.length() + text.length() * 3 + 16);
        target.writeIxiBytes(w);
        w.dotNetString(text);
        if (editedAtMillis != NO_TIME) {
            w.int64(editedAtMillis);
        }
        return w.toByteArray();
    }

    public static EditPayload decode(byte[] bytes) throws ProtocolException {
        IxiReader r = new IxiReader(bytes);
        Bytes target = Bytes.of(r.ixiBytes(SpixiLimits.MAX_MESSAGE_ID_BYTES, "target"));
        String text = r.dotNetString(LinnetWire.MAX_TEXT_CHARS * 3, "text");
        int at = r.position();
        long editedAt = r.hasRemaining() ? r.int64("editedAt") : NO_TIME;
        r.expectEnd("edit");
        if (editedAt < NO_TIME || (editedAt == NO_TIME && at != r.position())) {
            throw new ProtocolException("edit: edit time " + editedAt, at);
        }
        try {
            return new EditPayload(target, text, editedAt);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("edit: " + e.getMessage(), 0);
        }
    }
}
