package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.MessageCode;
import java.util.Objects;

/**
 * {@code getRandomPresences} (48): "send me some presences of this node type". The payload is the type
 * letter alone; the answer is up to ten {@link UpdatePresence} messages.
 */
public record GetRandomPresences(NodeType type) implements S2Message {
    public GetRandomPresences {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public MessageCode code() {
        return MessageCode.GET_RANDOM_PRESENCES;
    }

    @Override
    public byte[] encode() {
        return new byte[] {(byte) type.letter()};
    }

    public static GetRandomPresences decode(byte[] payload) throws ProtocolException {
        if (payload.length != 1) {
            throw new ProtocolException("getRandomPresences carries one node type byte, got " + payload.length);
        }
        return new GetRandomPresences(NodeType.of(payload[0] & 0xFF, 0));
    }
}
