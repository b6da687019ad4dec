package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.wire.MessageCode;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code bye} (2): the sender is closing the connection. Layout: {@code i32 reasonCode ‖ str message ‖
 * str data}. Unknown reason codes are kept as numbers.
 */
public record Bye(int reasonCode, String message, String data) implements S2Message {
    /** Longest message or data text a reader accepts, in UTF-8 bytes. */
    public static final int MAX_TEXT = 4096;

    public Bye {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(data, "data");
    }

    public Bye(ByeReason reason, String message, String data) {
        this(reason.code(), message, data);
    }

    public Optional<ByeReason> reason() {
        return ByeReason.of(reasonCode);
    }

    @Override
    public MessageCode code() {
        return MessageCode.BYE;
    }

    @Override
    public byte[] encode() {
        return new IxiWriter(16 + message.length() + data.length()).int32(reasonCode).dotNetString(message)
                .dotNetString(data).toByteArray();
    }

    public static Bye decode(byte[] payload) throws ProtocolException {
        IxiReader r = new IxiReader(payload);
        int code = r.int32("bye reason");
        String message = r.dotNetString(MAX_TEXT, "bye message");
        String data = r.dotNetString(MAX_TEXT, "bye data");
        r.expectEnd("bye");
        return new Bye(code, message, data);
    }
}
