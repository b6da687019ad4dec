package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.wire.MessageCode;
import java.util.Objects;

/**
 * {@code getPresence2} (36): "send me the presence of this wallet". Layout: {@code bytes address}; the
 * address is written without checksum, and read in either form. A node that knows the wallet answers
 * with {@link UpdatePresence}, otherwise not at all.
 */
public record GetPresence2(Address address) implements S2Message {
    public GetPresence2 {
        Objects.requireNonNull(address, "address");
        address = address.withoutPublicKey();
    }

    @Override
    public MessageCode code() {
        return MessageCode.GET_PRESENCE2;
    }

    @Override
    public byte[] encode() {
        return new IxiWriter(50).ixiBytes(address.noChecksum()).toByteArray();
    }

    public static GetPresence2 decode(byte[] payload) throws ProtocolException {
        IxiReader r = new IxiReader(payload);
        byte[] a = r.ixiBytes(48, "address");
        if (a == null) {
            throw new ProtocolException("getPresence2 without address", 0);
        }
        r.expectEnd("getPresence2");
        return new GetPresence2(Address.fromBytes(a));
    }
}
