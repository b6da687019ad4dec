package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of {@code fileHeader} (code 12): a file offered for transfer (spec §3.11, Spixi's
 * {@code FileTransfer}).
 *
 * <p>Wire: .NET string uid (32 lowercase hex characters) ‖ .NET string file name ‖ uint64 LE size ‖ int32 LE
 * preview length ‖ preview ‖ int32 LE packet size ‖ int32 LE channel. Linnet appends, only for peers that
 * announced Linnet's extensions, the SHA-256 of the file as IxiBytes (32 bytes); Spixi's reader stops after
 * the channel and never sees it. Decoding is strict otherwise: sizes from 2^63 up, packet sizes outside
 * 1..{@link SpixiLimits#MAX_FILE_PACKET_BYTES}, negative channels, a hash that is not 32 bytes and trailing
 * bytes are errors.
 *
 * @param uid the transfer's id
 * @param fileName the name as the sender gives it (untrusted: receivers must sanitise it)
 * @param fileSize the size in bytes
 * @param preview optional preview bytes ({@link Bytes#EMPTY} for none)
 * @param packetSize the bytes per {@code fileData} packet ({@link #SPIXI_PACKET_SIZE} from Spixi)
 * @param channel the conversation channel
 * @param sha256 the file's SHA-256 (Linnet only), or {@link Bytes#EMPTY}
 */
public record FileHeaderMessage(TransferUid uid, String fileName, long fileSize, Bytes preview, int packetSize, int channel,
        Bytes sha256) {
    /** Spixi's packet size ({@code Config.packetDataSize}): 100 KiB. */
    public static final int SPIXI_PACKET_SIZE = 102_400;
    /** Bytes in the optional hash. */
    public static final int SHA256_BYTES = 32;

    public FileHeaderMessage {
        Objects.requireNonNull(uid, "uid");
        WireFields.checkUtf8(fileName, SpixiLimits.MAX_FILE_NAME_BYTES, "fileName");
        WireFields.checkBytes(preview, SpixiLimits.MAX_FILE_PREVIEW_BYTES, "preview");
        Objects.requireNonNull(sha256, "sha256");
        if (fileSize < 0) {
            throw new IllegalArgumentException("file size " + Long.toUnsignedString(fileSize) + " is 2^63 or more");
        }
        if (packetSize < 1 || packetSize > SpixiLimits.MAX_FILE_PACKET_BYTES) {
            throw new IllegalArgumentException("packet size " + packetSize);
        }
        if (channel < 0) {
            throw new IllegalArgumentException("channel " + channel);
        }
        if (!sha256.isEmpty() && sha256.length() != SHA256_BYTES) {
            throw new IllegalArgumentException("a SHA-256 has " + SHA256_BYTES + " bytes, not " + sha256.length());
        }
    }

    /** The same header without Linnet's hash, as it goes to a Spixi peer. */
    public FileHeaderMessage withoutHash() {
        return new FileHeaderMessage(uid, fileName, fileSize, preview, packetSize, channel, Bytes.EMPTY);
    }

    /** How many {@code fileData} packets carry the file (0 for an empty file). */
    public long packetCount() {
        return fileSize == 0 ? 0 : (fileSize - 1) / packetSize + 1;
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(64 + fileName.length() * 3 + preview.length() + SHA256_BYTES);
        uid.write(w);
        w.dotNetString(fileName);
        w.int64(fileSize);
        preview.writeInt32Bytes(w);
        w.int32(packetSize);
        w.int32(channel);
        if (!sha256.isEmpty()) {
            sha256.writeIxiBytes(w);
        }
        return w.toByteArray();
    }

    public static FileHeaderMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        TransferUid uid = TransferUid.read(r);
        String name = r.dotNetString(SpixiLimits.MAX_FILE_NAME_BYTES, "fileName");
        long size = r.int64("fileSize");
        Bytes preview = Bytes.readInt32Bytes(r, SpixiLimits.MAX_FILE_PREVIEW_BYTES, "preview");
        int packetSize = r.int32("packetSize");
        int channel = r.int32("channel");
        Bytes hash = Bytes.EMPTY;
        if (r.hasRemaining()) {
            int at = r.position();
            hash = Bytes.readIxiBytes(r, SHA256_BYTES, "sha256");
            if (hash.length() != SHA256_BYTES) {
                throw new ProtocolException("fileHeader: sha256 of " + hash.length() + " bytes", at);
            }
        }
        r.expectEnd("fileHeader");
        Bytes sha256 = hash;
        return build("fileHeader", () -> new FileHeaderMessage(uid, name, size, preview, packetSize, channel, sha256));
    }
}
