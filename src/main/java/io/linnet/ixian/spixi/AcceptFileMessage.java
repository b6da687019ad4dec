package io.linnet.ixian.spixi;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of {@code acceptFile} (code 13): the receiver wants the file (spec §3.11). Wire: the uid as a .NET
 * string, nothing else.
 *
 * @param uid the transfer accepted
 */
public record AcceptFileMessage(TransferUid uid) {
    public AcceptFileMessage {
        Objects.requireNonNull(uid, "uid");
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(2 * TransferUid.BYTES + 1);
        uid.write(w);
        return w.toByteArray();
    }

    public static AcceptFileMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        TransferUid uid = TransferUid.read(r);
        r.expectEnd("acceptFile");
        return new AcceptFileMessage(uid);
    }
}
