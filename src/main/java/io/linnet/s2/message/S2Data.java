package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import java.util.Arrays;

/**
 * {@code s2data} (26): one StreamMessage, relayed one hop. The bytes are kept exactly as received,
 * because a relay forwards them unchanged; {@link #header()} reads just the routing fields, and
 * {@link #message()} the whole message. A relay's error replies are read with {@link RelayError}.
 */
public record S2Data(byte[] streamMessage) implements S2Message {
    public S2Data {
        if (streamMessage == null || streamMessage.length == 0 || streamMessage.length > Frame.MAX_PAYLOAD) {
            throw new IllegalArgumentException("s2data needs 1.." + Frame.MAX_PAYLOAD + " bytes");
        }
        streamMessage = streamMessage.clone();
    }

    @Override
    public byte[] streamMessage() {
        return streamMessage.clone();
    }

    /** Wraps a StreamMessage in its network form. */
    public static S2Data of(StreamMessage message) {
        return new S2Data(message.encode());
    }

    /** The carried message, fully and strictly decoded (both layouts). */
    public StreamMessage message() throws ProtocolException {
        return StreamMessage.decode(streamMessage);
    }

    /** The routing fields (version, id, type, sender, recipient) of the carried message. */
    public StreamHeader header() throws ProtocolException {
        return StreamHeader.peek(streamMessage);
    }

    @Override
    public MessageCode code() {
        return MessageCode.S2_DATA;
    }

    @Override
    public byte[] encode() {
        return streamMessage.clone();
    }

    /** Wraps the payload; it must at least carry a readable stream header. */
    public static S2Data decode(byte[] payload) throws ProtocolException {
        StreamHeader.peek(payload);
        return new S2Data(payload);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof S2Data s && Arrays.equals(streamMessage, s.streamMessage);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(streamMessage);
    }

    @Override
    public String toString() {
        return "S2Data[" + streamMessage.length + " bytes]";
    }
}
