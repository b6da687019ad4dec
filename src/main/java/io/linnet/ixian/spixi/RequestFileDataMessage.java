package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of {@code requestFileData} (code 11): the receiver asks for one packet (spec §3.11, §5.8). Wire:
 * .NET string uid ‖ uint64 LE packet number; numbers from 2^63 up are errors.
 *
 * @param uid the transfer
 * @param packetNumber the packet wanted, counting from 0
 */
public record RequestFileDataMessage(TransferUid uid, long packetNumber) {
    public RequestFileDataMessage {
        Objects.requireNonNull(uid, "uid");
        if (packetNumber < 0) {
            throw new IllegalArgumentException("packet number " + Long.toUnsignedString(packetNumber));
        }
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(2 * TransferUid.BYTES + 9);
        uid.write(w);
        w.int64(packetNumber);
        return w.toByteArray();
    }

    public static RequestFileDataMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        TransferUid uid = TransferUid.read(r);
        long n = r.int64("packetNumber");
        r.expectEnd("requestFileData");
        return build("requestFileData", () -> new RequestFileDataMessage(uid, n));
    }
}
