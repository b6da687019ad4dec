package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.wire.MessageCode;
import java.util.Objects;

/** {@code keepAlivePresence} (34): one signed {@link KeepAlive}, nothing around it. */
public record KeepAlivePresence(KeepAlive keepAlive) implements S2Message {
    public KeepAlivePresence {
        Objects.requireNonNull(keepAlive, "keepAlive");
    }

    @Override
    public MessageCode code() {
        return MessageCode.KEEP_ALIVE_PRESENCE;
    }

    @Override
    public byte[] encode() {
        return keepAlive.encode();
    }

    public static KeepAlivePresence decode(byte[] payload) throws ProtocolException {
        return new KeepAlivePresence(KeepAlive.decode(payload));
    }
}
