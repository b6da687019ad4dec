package io.linnet.s2.wire;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** v6 framing against the frame vectors of ixian-network-presence.md §8. */
class FrameEncoderTest {
    /** The four frames of §8 as (code, payload hex, frame hex). */
    static final String[][] VECTORS = {
        {"18", "0a34d6e57b492ceffe63e406", "ea12000c00000073a86bbe850a34d6e57b492ceffe63e406"},
        {"36", "21005bcbb6dab12fed855a3bc40e5b0c48eff9212a251a276e673ce7dcd2bcb4c97e",
            "ea240022000000f96323042e21005bcbb6dab12fed855a3bc40e5b0c48eff9212a251a276e673ce7dcd2bcb4c97e"},
        {"2", "c80000000362796500", "ea0200090000001a08cce9a9c80000000362796500"},
        {"48", "52", "ea30000100000075f963e2a952"},
    };

    @Test
    void vectorFramesAreByteExact() {
        for (String[] v : VECTORS) {
            byte[] frame = FrameEncoder.encode(MessageCode.of(Integer.parseInt(v[0])), b(v[1]));
            assertEquals(v[2], h(frame), "code " + v[0]);
        }
    }

    @Test
    void crc32cIsCastagnoli() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xe3069283, FrameEncoder.crc32c(check, 0, check.length));
        assertEquals(0xbe6ba873, FrameEncoder.crc32c(b("0a34d6e57b492ceffe63e406"), 0, 12));
    }

    @Test
    void headerCheckByteIsXorOfElevenBytesWith7F() {
        byte[] frame = b(VECTORS[0][2]);
        int x = 0x7F;
        for (int i = 0; i < 11; i++) {
            x ^= frame[i] & 0xFF;
        }
        assertEquals(x, frame[11] & 0xFF);
        assertEquals(x, FrameEncoder.headerCheck(frame, 0));
        byte[] header = FrameEncoder.header(MessageCode.GET_SECTOR_NODES, 12, 0xbe6ba873);
        assertEquals(VECTORS[0][2].substring(0, 24), h(header));
    }

    @Test
    void refusesEmptyAndOversizedPayloads() {
        assertThrows(IllegalArgumentException.class, () -> FrameEncoder.encode(MessageCode.HELLO, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> FrameEncoder.header(MessageCode.HELLO, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> FrameEncoder.header(MessageCode.HELLO, Frame.MAX_PAYLOAD + 1, 0));
        assertEquals(12, FrameEncoder.header(MessageCode.HELLO, Frame.MAX_PAYLOAD, 0).length);
    }

    @Test
    void pingAndTimeSamples() {
        assertEquals("01", h(FrameEncoder.ping()));
        assertEquals("020102030405060708", h(FrameEncoder.timeSample(0x0807060504030201L)));
        assertEquals("02ffffffffffffffff", h(FrameEncoder.timeSample(-1)));
    }

    @Test
    void frameCopiesAndComparesByValue() {
        byte[] p = {1, 2, 3};
        Frame f = new Frame(MessageCode.S2_DATA, p);
        p[0] = 9;
        assertEquals(1, f.payload()[0]);
        f.payload()[1] = 9;
        assertEquals(2, f.payload()[1]);
        assertEquals(new Frame(MessageCode.S2_DATA, new byte[] {1, 2, 3}), f);
        assertNotEquals(new Frame(MessageCode.S2_FAILED, new byte[] {1, 2, 3}), f);
        assertEquals(new Frame(MessageCode.S2_DATA, new byte[] {1, 2, 3}).hashCode(), f.hashCode());
        assertTrue(f.toString().contains("s2data(26)"));
    }

    @Test
    void aFrameKeepsItsNetworkFormReadOnlyAndLendsItsPayloadInPlace() {
        Frame f = new Frame(MessageCode.of(18), b(VECTORS[0][1]));
        java.nio.ByteBuffer wire = f.encoded();
        assertTrue(wire.isReadOnly());
        byte[] bytes = new byte[wire.remaining()];
        wire.get(bytes);
        assertEquals(VECTORS[0][2], h(bytes));
        assertEquals(bytes.length, f.encodedLength());
        assertEquals(VECTORS[0][2], h(FrameEncoder.encode(f)));
        FrameEncoder.encode(f)[12] ^= 1;
        assertEquals(VECTORS[0][2], h(FrameEncoder.encode(f)), "encode hands out a copy");
        String seen = f.readPayload((arr, off, len) -> h(java.util.Arrays.copyOfRange(arr, off, off + len)));
        assertEquals(VECTORS[0][1], seen);
    }

    @Test
    void aDecodedFrameIsTheVeryBytesReceived() {
        byte[] stream = b(VECTORS[1][2] + VECTORS[3][2]);
        java.util.List<WireEvent> events = new FrameDecoder().feed(stream);
        assertEquals(2, events.size());
        Frame first = ((WireEvent.FrameReceived) events.get(0)).frame();
        Frame second = ((WireEvent.FrameReceived) events.get(1)).frame();
        assertEquals(new Frame(MessageCode.of(36), b(VECTORS[1][1])), first);
        assertEquals(VECTORS[1][2], h(FrameEncoder.encode(first)), "header and CRC as received");
        assertEquals(VECTORS[3][2], h(FrameEncoder.encode(second)));
        assertTrue(MessageCode.of(36) == first.code(), "small codes are shared, not allocated per frame");
    }

    @Test
    void messageCodes() {
        assertEquals("getSectorNodes", MessageCode.of(18).name());
        assertEquals(MessageCode.GET_SECTOR_NODES, MessageCode.of(18));
        assertTrue(MessageCode.of(59).isKnown());
        assertFalse(MessageCode.of(35).isKnown());
        assertTrue(MessageCode.of(35).isRetired());
        assertFalse(MessageCode.S2_DATA.isRetired());
        assertEquals("unknown(1000)", MessageCode.of(1000).toString());
        assertEquals(43, MessageCode.known().size());
        assertThrows(IllegalArgumentException.class, () -> MessageCode.of(65536));
        assertThrows(IllegalArgumentException.class, () -> MessageCode.of(-1));
        for (MessageCode c : MessageCode.known()) {
            assertFalse(c.isRetired(), c.toString());
        }
    }
}
