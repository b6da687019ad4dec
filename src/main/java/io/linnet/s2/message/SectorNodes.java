package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.wire.MessageCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code sectorNodes} (19): the answer to {@link GetSectorNodes}. Layout: {@code bytes prefix ‖ vu n ‖
 * n × bytes presence}, each a full {@link Presence} of a relay.
 *
 * <p>The relay presences are kept as bytes: receivers check each one on its own and drop the ones that
 * fail, so one bad or legacy entry does not spoil the rest ({@link #presences()}).
 */
public record SectorNodes(byte[] prefix, List<byte[]> encodedPresences) implements S2Message {

    public SectorNodes {
        if (prefix == null || prefix.length == 0 || prefix.length > GetSectorNodes.MAX_PREFIX) {
            throw new IllegalArgumentException("sector prefix must have 1.." + GetSectorNodes.MAX_PREFIX + " bytes");
        }
        prefix = prefix.clone();
        encodedPresences = Messages.copyAll(encodedPresences);
    }

    public static SectorNodes of(byte[] prefix, List<Presence> relays) {
        return new SectorNodes(prefix, relays.stream().map(Presence::encode).toList());
    }

    @Override
    public byte[] prefix() {
        return prefix.clone();
    }

    @Override
    public List<byte[]> encodedPresences() {
        return Messages.copyAll(encodedPresences);
    }

    /** The entries that decode; the others are skipped. Signatures are not checked here. */
    public List<Presence> presences() {
        List<Presence> out = new ArrayList<>(encodedPresences.size());
        for (byte[] p : encodedPresences) {
            try {
                out.add(Presence.decode(p));
            } catch (ProtocolException e) {
                // a malformed relay entry is dropped on its own, as other nodes do
            }
        }
        return out;
    }

    @Override
    public MessageCode code() {
        return MessageCode.SECTOR_NODES;
    }

    @Override
    public byte[] encode() {
        IxiWriter w = new IxiWriter(1024).ixiBytes(prefix).varUInt(encodedPresences.size());
        encodedPresences.forEach(w::ixiBytes);
        return w.toByteArray();
    }

    public static SectorNodes decode(byte[] payload) throws ProtocolException {
        IxiReader r = new IxiReader(payload);
        byte[] prefix = r.ixiBytes(GetSectorNodes.MAX_PREFIX, "sector prefix");
        if (prefix == null) {
            throw new ProtocolException("empty sector prefix", 0);
        }
        int n = r.varUIntAtMost(r.remaining(), "relay count");
        List<byte[]> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] p = r.ixiBytes(Presence.MAX_BYTES, "relay presence");
            if (p != null) {
                entries.add(p);
            }
        }
        r.expectEnd("sectorNodes");
        return new SectorNodes(prefix, entries);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectorNodes s && Arrays.equals(prefix, s.prefix)
                && Messages.equalAll(encodedPresences, s.encodedPresences);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(prefix) * 31 + encodedPresences.size();
    }

    @Override
    public String toString() {
        return "SectorNodes[" + HexFormat.of().formatHex(prefix) + ", " + encodedPresences.size() + " relays]";
    }
}
