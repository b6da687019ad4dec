package io.linnet.ixian.spixi;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import java.util.Objects;

/**
 * Payload of {@code fileFullyReceived} (code 23): the receiver has the whole file (spec §3.11). Wire: the 16
 * uid bytes themselves (Spixi hex-decodes the uid), exactly 16 bytes.
 *
 * @param uid the transfer completed
 */
public record FileFullyReceivedMessage(TransferUid uid) {
    public FileFullyReceivedMessage {
        Objects.requireNonNull(uid, "uid");
    }

    public byte[] encode() {
        return uid.value().toByteArray();
    }

    public static FileFullyReceivedMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        Bytes raw = Bytes.read(r, TransferUid.BYTES, "uid");
        r.expectEnd("fileFullyReceived");
        return new FileFullyReceivedMessage(new TransferUid(raw));
    }
}
