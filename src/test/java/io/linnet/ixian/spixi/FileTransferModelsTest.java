package io.linnet.ixian.spixi;

import static io.linnet.testutil.DecoderAssertions.rejected;
import static io.linnet.testutil.DecoderAssertions.trailingBytesRejected;
import static io.linnet.testutil.DecoderAssertions.truncationsRejected;
import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.testutil.Hex;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The five Spixi file-transfer payloads (spec §3.11) and Linnet's hash tail on fileHeader. */
class FileTransferModelsTest {
    static final String UID_HEX = "000102030405060708090a0b0c0d0e0f";
    /** The uid as a .NET string: length 32, then its ASCII hex. */
    static final String UID_WIRE = "20" + h(UID_HEX.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    static final TransferUid UID = uid();

    static TransferUid uid() {
        try {
            return TransferUid.fromHex(UID_HEX);
        } catch (ProtocolException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void headerGoldenBytesAsSpixiWritesThem() throws ProtocolException {
        FileHeaderMessage m = new FileHeaderMessage(UID, "a.txt", 1, Bytes.EMPTY, FileHeaderMessage.SPIXI_PACKET_SIZE, 0, Bytes.EMPTY);
        String wire = UID_WIRE + "05612e747874" + "0100000000000000" + "00000000" + "00900100" + "00000000";
        assertEquals(wire, h(m.encode()));
        assertEquals(m, FileHeaderMessage.decode(b(wire)));
        assertEquals(1, m.packetCount());
    }

    @Test
    void headerWithPreviewChannelAndLinnetHash() throws ProtocolException {
        Bytes hash = Bytes.of(Hex.seq(0x40, 32));
        FileHeaderMessage m = new FileHeaderMessage(UID, "ž.png", 102_401, Bytes.of(b("ffd8")), 102_400, 3, hash);
        String spixiPart = UID_WIRE + "06c5be2e706e67" + "0190010000000000" + "02000000ffd8" + "00900100" + "03000000";
        assertEquals(spixiPart + "20" + h(Hex.seq(0x40, 32)), h(m.encode()));
        assertEquals(m, FileHeaderMessage.decode(m.encode()));
        assertEquals(spixiPart, h(m.withoutHash().encode()), "a Spixi peer gets the header without the tail");
        assertEquals(2, m.packetCount());
    }

    @Test
    void packetCounts() {
        assertEquals(0, header(0).packetCount());
        assertEquals(1, header(102_399).packetCount());
        assertEquals(1, header(102_400).packetCount());
        assertEquals(2, header(102_401).packetCount());
        assertEquals(205, header(20L * 1024 * 1024).packetCount());
        assertEquals(Long.MAX_VALUE / 102_400 + 1, header(Long.MAX_VALUE).packetCount());
    }

    private static FileHeaderMessage header(long size) {
        return new FileHeaderMessage(UID, "f", size, Bytes.EMPTY, 102_400, 0, Bytes.EMPTY);
    }

    @Test
    void headerRejectsBadInput() {
        String valid = UID_WIRE + "0161" + "0100000000000000" + "00000000" + "00900100" + "00000000";
        truncationsRejected(FileHeaderMessage::decode, b(valid));
        rejected(FileHeaderMessage::decode, b(valid + "00"));                       // an empty hash tail
        rejected(FileHeaderMessage::decode, b(valid + "0102"));                     // a 1-byte hash
        rejected(FileHeaderMessage::decode, b(valid + "20" + "00".repeat(32) + "00")); // bytes after the hash
        String upper = "20" + h(UID_HEX.toUpperCase().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        rejected(FileHeaderMessage::decode, b(valid.replace(UID_WIRE, upper)));      // not lowercase hex
        rejected(FileHeaderMessage::decode, b(valid.replace(UID_WIRE, "0461626364"))); // a short uid
        rejected(FileHeaderMessage::decode, b(valid.replace("0100000000000000", "ffffffffffffffff"))); // 2^64-1 bytes
        rejected(FileHeaderMessage::decode, b(valid.replace("00900100", "00000000")));  // packet size 0
        rejected(FileHeaderMessage::decode, b(valid.replace("00900100", "01001000")));  // packet size above 1 MiB
        rejected(FileHeaderMessage::decode, b(valid.replace("0100000000000000" + "00000000", "0100000000000000" + "ffffffff"))); // preview length -1
        rejected(FileHeaderMessage::decode, b(valid.substring(0, valid.length() - 8) + "ffffffff")); // channel -1
        rejected(FileHeaderMessage::decode, b(valid.replace("0161", "02c328")));       // name not UTF-8
        assertThrows(IllegalArgumentException.class, () -> new FileHeaderMessage(UID, "x", -1, Bytes.EMPTY, 1, 0, Bytes.EMPTY));
        assertThrows(IllegalArgumentException.class,
                () -> new FileHeaderMessage(UID, "x".repeat(1025), 1, Bytes.EMPTY, 1, 0, Bytes.EMPTY));
    }

    @Test
    void acceptFileGoldenBytes() throws ProtocolException {
        AcceptFileMessage m = new AcceptFileMessage(UID);
        assertEquals(UID_WIRE, h(m.encode()));
        assertEquals(m, AcceptFileMessage.decode(b(UID_WIRE)));
        truncationsRejected(AcceptFileMessage::decode, b(UID_WIRE));
        trailingBytesRejected(AcceptFileMessage::decode, b(UID_WIRE));
        rejected(AcceptFileMessage::decode, b("21" + h(("0" + UID_HEX).getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        rejected(AcceptFileMessage::decode, b("ffffffff0f"));                        // a 5-byte huge length
    }

    @Test
    void requestFileDataGoldenBytes() throws ProtocolException {
        RequestFileDataMessage m = new RequestFileDataMessage(UID, 258);
        String wire = UID_WIRE + "0201000000000000";
        assertEquals(wire, h(m.encode()));
        assertEquals(m, RequestFileDataMessage.decode(b(wire)));
        truncationsRejected(RequestFileDataMessage::decode, b(wire));
        trailingBytesRejected(RequestFileDataMessage::decode, b(wire));
        rejected(RequestFileDataMessage::decode, b(UID_WIRE + "0000000000000080")); // packet 2^63
    }

    @Test
    void fileDataGoldenBytes() throws ProtocolException {
        FileDataMessage m = new FileDataMessage(UID, 1, Bytes.of(b("aabbcc")));
        String wire = UID_WIRE + "0100000000000000" + "03000000aabbcc";
        assertEquals(wire, h(m.encode()));
        assertEquals(m, FileDataMessage.decode(b(wire)));
        FileDataMessage empty = new FileDataMessage(UID, 0, Bytes.EMPTY);
        assertEquals(UID_WIRE + "0000000000000000" + "00000000", h(empty.encode()), "Spixi's packet past the end");
        assertEquals(empty, FileDataMessage.decode(empty.encode()));
        truncationsRejected(FileDataMessage::decode, b(wire), Set.of());
        trailingBytesRejected(FileDataMessage::decode, b(wire));
        rejected(FileDataMessage::decode, b(UID_WIRE + "0100000000000000" + "04000000aabbcc")); // length beyond the data
        rejected(FileDataMessage::decode, b(UID_WIRE + "0100000000000000" + "01001000"));       // above 1 MiB
        rejected(FileDataMessage::decode, b(UID_WIRE + "0100000000000000" + "ffffffff"));       // negative
        rejected(FileDataMessage::decode, b(UID_WIRE + "ffffffffffffffff" + "00000000"));       // packet 2^64-1
    }

    @Test
    void fullPacketsRoundTrip() throws ProtocolException {
        SplittableRandom rnd = new SplittableRandom(8);
        for (int len : new int[] {1, 102_399, 102_400, SpixiLimits.MAX_FILE_PACKET_BYTES}) {
            byte[] data = new byte[len];
            rnd.nextBytes(data);
            FileDataMessage m = new FileDataMessage(TransferUid.random(), rnd.nextLong(Long.MAX_VALUE), Bytes.of(data));
            assertEquals(m, FileDataMessage.decode(m.encode()));
        }
        assertThrows(IllegalArgumentException.class,
                () -> new FileDataMessage(UID, 0, Bytes.of(new byte[SpixiLimits.MAX_FILE_PACKET_BYTES + 1])));
    }

    @Test
    void fileFullyReceivedCarriesTheRawUid() throws ProtocolException {
        FileFullyReceivedMessage m = new FileFullyReceivedMessage(UID);
        assertEquals(UID_HEX, h(m.encode()));
        assertEquals(m, FileFullyReceivedMessage.decode(b(UID_HEX)));
        truncationsRejected(FileFullyReceivedMessage::decode, b(UID_HEX));
        trailingBytesRejected(FileFullyReceivedMessage::decode, b(UID_HEX));
    }

    @Test
    void uidsAreRandomAndTextual() throws ProtocolException {
        TransferUid a = TransferUid.random();
        assertNotEquals(a, TransferUid.random());
        assertEquals(a, TransferUid.fromHex(a.hex()));
        assertEquals(32, a.hex().length());
        assertThrows(ProtocolException.class, () -> TransferUid.fromHex("xyz"));
        assertThrows(ProtocolException.class, () -> TransferUid.fromHex(UID_HEX.replace('a', 'g')));
        assertThrows(IllegalArgumentException.class, () -> new TransferUid(Bytes.of(new byte[15])));
    }
}
