package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.wire.MessageCode;
import java.util.Objects;

/**
 * {@code updatePresence} (24): one presence chunk, nothing around it. Any number of devices is read, but
 * {@link #encode()} refuses more than ten (see {@link Presence#encodeChunk()}).
 */
public record UpdatePresence(Presence presence) implements S2Message {
    public UpdatePresence {
        Objects.requireNonNull(presence, "presence");
    }

    @Override
    public MessageCode code() {
        return MessageCode.UPDATE_PRESENCE;
    }

    @Override
    public byte[] encode() {
        return presence.encodeChunk();
    }

    public static UpdatePresence decode(byte[] payload) throws ProtocolException {
        return new UpdatePresence(Presence.decode(payload));
    }
}
