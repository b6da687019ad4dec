package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.wire.MessageCode;
import java.util.Objects;

/**
 * {@code hello} (0), the connector's first message: {@link HelloFields} then {@code vi challenge}, a
 * random non-negative 32-bit number the acceptor must sign in its {@link HelloData}.
 */
public record Hello(HelloFields fields, int challenge) implements S2Message {
    public Hello {
        Objects.requireNonNull(fields, "fields");
        if (challenge < 0) {
            throw new IllegalArgumentException("challenge must not be negative");
        }
    }

    @Override
    public MessageCode code() {
        return MessageCode.HELLO;
    }

    @Override
    public byte[] encode() {
        IxiWriter w = new IxiWriter(1200);
        fields.writeTo(w);
        return w.varInt(challenge).toByteArray();
    }

    public static Hello decode(byte[] payload) throws ProtocolException {
        IxiReader r = new IxiReader(payload);
        HelloFields f = HelloFields.read(r);
        int challenge = r.varUIntAtMost(Integer.MAX_VALUE, "challenge");
        r.expectEnd("hello");
        return new Hello(f, challenge);
    }
}
