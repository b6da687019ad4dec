package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Payload of {@code appProtocols}: the app protocol ids a peer supports.
 *
 * <p>Wire: IxiVarInt count, then each id as IxiBytes. Ixian stores both the count and each id length in a
 * single byte locally, which sets the caps.
 *
 * @param protocolIds the ids, in order; each 1–255 bytes, at most 255 of them
 */
public record AppProtocolsMessage(List<Bytes> protocolIds) {

    public AppProtocolsMessage {
        protocolIds = List.copyOf(protocolIds);
        if (protocolIds.size() > SpixiLimits.MAX_PROTOCOL_COUNT) {
            throw new IllegalArgumentException(protocolIds.size() + " protocol ids, limit " + SpixiLimits.MAX_PROTOCOL_COUNT);
        }
        for (Bytes id : protocolIds) {
            WireFields.checkNonEmpty(id, SpixiLimits.MAX_PROTOCOL_ID_BYTES, "protocolId");
        }
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter();
        w.varUInt(protocolIds.size());
        for (Bytes id : protocolIds) {
            id.writeIxiBytes(w);
        }
        return w.toByteArray();
    }

    public static AppProtocolsMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        int count = r.varUIntAtMost(SpixiLimits.MAX_PROTOCOL_COUNT, "protocol count");
        List<Bytes> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(Bytes.readIxiBytes(r, SpixiLimits.MAX_PROTOCOL_ID_BYTES, "protocolId"));
        }
        r.expectEnd("appProtocols");
        return build("appProtocols", () -> new AppProtocolsMessage(ids));
    }
}
