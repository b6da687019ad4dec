package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Arrays;
import java.util.HexFormat;
import io.linnet.s2.wire.MessageCode;

/**
 * {@code getSectorNodes} (18): "which relays serve this sector?". Layout: {@code bytes prefix ‖
 * vu maxCount}. Clients ask for 6, relays for 8; answering nodes cap the count at {@value #SERVER_CAP}.
 */
public record GetSectorNodes(byte[] prefix, int maxCount) implements S2Message {
    /** Most relays a node returns, whatever was asked. */
    public static final int SERVER_CAP = 20;
    /** What clients ask for. */
    public static final int CLIENT_COUNT = 6;
    /** Longest prefix a reader accepts (a whole SHA3-512 output). */
    public static final int MAX_PREFIX = 64;

    public GetSectorNodes {
        if (prefix == null || prefix.length == 0 || prefix.length > MAX_PREFIX) {
            throw new IllegalArgumentException("sector prefix must have 1.." + MAX_PREFIX + " bytes");
        }
        if (maxCount < 0) {
            throw new IllegalArgumentException("negative count");
        }
        prefix = prefix.clone();
    }

    /** The request for the sector of {@code address}. */
    public static GetSectorNodes forAddress(Address address, int maxCount) {
        return new GetSectorNodes(address.sectorPrefix(), maxCount);
    }

    @Override
    public byte[] prefix() {
        return prefix.clone();
    }

    /** The count an answering node uses: at most {@value #SERVER_CAP}. */
    public int cappedCount() {
        return Math.min(maxCount, SERVER_CAP);
    }

    @Override
    public MessageCode code() {
        return MessageCode.GET_SECTOR_NODES;
    }

    @Override
    public byte[] encode() {
        return new IxiWriter(prefix.length + 8).ixiBytes(prefix).varUInt(maxCount).toByteArray();
    }

    public static GetSectorNodes decode(byte[] payload) throws ProtocolException {
        IxiReader r = new IxiReader(payload);
        byte[] prefix = r.ixiBytes(MAX_PREFIX, "sector prefix");
        if (prefix == null) {
            throw new ProtocolException("empty sector prefix", 0);
        }
        int count = r.varUIntAtMost(Integer.MAX_VALUE, "relay count");
        r.expectEnd("getSectorNodes");
        return new GetSectorNodes(prefix, count);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GetSectorNodes g && maxCount == g.maxCount && Arrays.equals(prefix, g.prefix);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(prefix) * 31 + maxCount;
    }

    @Override
    public String toString() {
        return "GetSectorNodes[" + HexFormat.of().formatHex(prefix) + ", " + maxCount + "]";
    }
}
