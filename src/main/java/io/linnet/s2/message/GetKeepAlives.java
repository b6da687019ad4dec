package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.wire.MessageCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code getKeepAlives} (6): fetch KeepAlives by (wallet, device). Layout: {@code vu n ‖ n × (bytes
 * address ‖ bytes deviceId)}, at most {@value #MAX_PER_MESSAGE} entries. A reader stops early at the end
 * of the payload, as Ixian-Core does.
 */
public record GetKeepAlives(List<KeepAliveRef> refs) implements S2Message {
    public static final int MAX_PER_MESSAGE = 500;

    public GetKeepAlives {
        refs = List.copyOf(refs);
        if (refs.size() > MAX_PER_MESSAGE) {
            throw new IllegalArgumentException("at most " + MAX_PER_MESSAGE + " KeepAlives per request");
        }
    }

    @Override
    public MessageCode code() {
        return MessageCode.GET_KEEP_ALIVES;
    }

    @Override
    public byte[] encode() {
        IxiWriter w = new IxiWriter(8 + refs.size() * 70).varUInt(refs.size());
        for (KeepAliveRef ref : refs) {
            w.ixiBytes(ref.address().noChecksum()).ixiBytes(ref.deviceId());
        }
        return w.toByteArray();
    }

    public static GetKeepAlives decode(byte[] payload) throws ProtocolException {
        IxiReader r = new IxiReader(payload);
        int n = r.varUIntAtMost(MAX_PER_MESSAGE, "KeepAlive count");
        List<KeepAliveRef> refs = new ArrayList<>(Math.min(n, r.remaining()));
        for (int i = 0; i < n && r.hasRemaining(); i++) {
            int at = r.position();
            byte[] address = r.ixiBytes(48, "address");
            if (address == null) {
                throw new ProtocolException("empty address in getKeepAlives", at);
            }
            byte[] device = r.ixiBytes(KeepAlive.MAX_DEVICE_ID, "device id");
            refs.add(new KeepAliveRef(Address.fromBytes(address), device == null ? new byte[0] : device));
        }
        r.expectEnd("getKeepAlives");
        return new GetKeepAlives(refs);
    }
}
