package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of {@code fileData} (code 10): one packet of a file (spec §3.11). Wire: .NET string uid ‖ uint64 LE
 * packet number ‖ int32 LE length ‖ the bytes (at most {@link SpixiLimits#MAX_FILE_PACKET_BYTES}). Spixi
 * writes length 0 for a packet past the end. Whether the length fits the transfer is the receiver's check.
 *
 * @param uid the transfer
 * @param packetNumber which packet, counting from 0
 * @param data the packet's bytes
 */
public record FileDataMessage(TransferUid uid, long packetNumber, Bytes data) {
    public FileDataMessage {
        Objects.requireNonNull(uid, "uid");
        WireFields.checkBytes(data, SpixiLimits.MAX_FILE_PACKET_BYTES, "data");
        if (packetNumber < 0) {
            throw new IllegalArgumentException("packet number " + Long.toUnsignedString(packetNumber));
        }
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(2 * TransferUid.BYTES + 13 + data.length());
        uid.write(w);
        w.int64(packetNumber);
        data.writeInt32Bytes(w);
        return w.toByteArray();
    }

    public static FileDataMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        TransferUid uid = TransferUid.read(r);
        long n = r.int64("packetNumber");
        Bytes data = Bytes.readInt32Bytes(r, SpixiLimits.MAX_FILE_PACKET_BYTES, "data");
        r.expectEnd("fileData");
        return build("fileData", () -> new FileDataMessage(uid, n, data));
    }
}
