package io.linnet.s2.wire;

import static io.linnet.testutil.Hex.b;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.wire.WireEvent.ChecksumMismatch;
import io.linnet.s2.wire.WireEvent.FrameReceived;
import io.linnet.s2.wire.WireEvent.HeaderRejected;
import io.linnet.s2.wire.WireEvent.HeaderRejected.Reason;
import io.linnet.s2.wire.WireEvent.Ping;
import io.linnet.s2.wire.WireEvent.TimeSample;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The byte-stream grammar: frames, pings, time samples, ignored bytes, resync after broken units. */
class FrameDecoderTest {

    /** A stream built unit by unit together with the events a decoder must report for it. */
    static final class Script {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<WireEvent> expected = new ArrayList<>();
        int samples;

        Script frame(int code, byte[] payload) {
            bytes.writeBytes(FrameEncoder.encode(MessageCode.of(code), payload));
            expected.add(new FrameReceived(new Frame(MessageCode.of(code), payload)));
            return this;
        }

        Script ping() {
            bytes.write(1);
            expected.add(Ping.INSTANCE);
            return this;
        }

        Script sample(long ms) {
            bytes.writeBytes(FrameEncoder.timeSample(ms));
            expected.add(new TimeSample(samples++, ms));
            return this;
        }

        /** Bytes that start no unit: never EA or 01, and 02 only once five samples were seen. */
        Script garbage(SplittableRandom rnd, int n) {
            for (int i = 0; i < n; i++) {
                int x;
                do {
                    x = rnd.nextInt(256);
                } while (x == 0xEA || x == 0x01 || (x == 0x02 && samples < 5));
                bytes.write(x);
            }
            return this;
        }

        Script badCrc(int code, byte[] payload) {
            byte[] f = FrameEncoder.encode(MessageCode.of(code), payload);
            f[f.length - 1] ^= 0x40;
            bytes.writeBytes(f);
            int declared = FrameEncoder.crc32c(payload, 0, payload.length);
            byte[] changed = java.util.Arrays.copyOfRange(f, 12, f.length);
            expected.add(new ChecksumMismatch(MessageCode.of(code), payload.length, declared,
                    FrameEncoder.crc32c(changed, 0, changed.length)));
            return this;
        }

        /** A lone 12-byte header whose check byte is wrong; it holds an EA that must not be rescanned. */
        Script badCheckByte() {
            byte[] h = FrameEncoder.header(MessageCode.S2_DATA, 0xEA, 0xEAEAEAEA);
            h[11] ^= 1;
            bytes.writeBytes(h);
            expected.add(new HeaderRejected(h, Reason.CHECK_BYTE));
            return this;
        }

        /** A lone header with a correct check byte but length 0 or above the limit. */
        Script badLength(long length) {
            byte[] h = FrameEncoder.header(MessageCode.HELLO, 1, 0x01020304);
            for (int i = 0; i < 4; i++) {
                h[3 + i] = (byte) (length >>> (8 * i));
            }
            h[11] = (byte) FrameEncoder.headerCheck(h, 0);
            bytes.writeBytes(h);
            expected.add(new HeaderRejected(h, Reason.LENGTH));
            return this;
        }

        byte[] stream() {
            return bytes.toByteArray();
        }
    }

    static Script mixedScript(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Script s = new Script();
        for (int i = 0; i < 5; i++) {
            s.sample(1_760_000_000_000L + i * 7).garbage(rnd, rnd.nextInt(3));
        }
        s.ping().garbage(rnd, 5).frame(0, new byte[] {0x06}).ping().ping();
        s.badCheckByte().frame(26, payload(rnd, 300)).garbage(rnd, 20);
        s.badCrc(36, payload(rnd, 50)).frame(2, b("c80000000362796500"));
        s.badLength(0).badLength(Frame.MAX_PAYLOAD + 1L).badLength(0xFFFFFFFFL).garbage(rnd, 3);
        s.bytes.write(0x02); // a sixth sample marker is an ignored byte; what follows is scanned normally
        s.garbage(rnd, 8).frame(48, new byte[] {0x52}).frame(59, payload(rnd, 70_000)).ping();
        return s;
    }

    static byte[] payload(SplittableRandom rnd, int n) {
        byte[] p = new byte[n];
        rnd.nextBytes(p);
        return p;
    }

    static List<WireEvent> feedInChunks(FrameDecoder d, byte[] stream, SplittableRandom rnd, int maxChunk) {
        List<WireEvent> out = new ArrayList<>();
        int at = 0;
        while (at < stream.length) {
            int n = Math.min(stream.length - at, 1 + rnd.nextInt(maxChunk));
            out.addAll(d.feed(stream, at, n));
            at += n;
        }
        return out;
    }

    @Test
    void byteByByte() {
        Script s = mixedScript(1);
        FrameDecoder d = new FrameDecoder();
        List<WireEvent> events = new ArrayList<>();
        for (byte x : s.stream()) {
            events.addAll(d.feed(new byte[] {x}));
        }
        assertEquals(s.expected, events);
        assertTrue(d.atBoundary());
        assertEquals(5, d.timeSamplesSeen());
        assertEquals(0, d.bufferedCapacity());
    }

    @Test
    void randomChunkingsGiveTheSameEvents() {
        for (long seed = 0; seed < 40; seed++) {
            Script s = mixedScript(seed);
            SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
            int maxChunk = seed % 3 == 0 ? 13 : seed % 3 == 1 ? 700 : 100_000;
            assertEquals(s.expected, feedInChunks(new FrameDecoder(), s.stream(), rnd, maxChunk), "seed " + seed);
        }
    }

    @Test
    void wholeStreamAtOnceWithOffset() {
        Script s = mixedScript(99);
        byte[] stream = s.stream();
        byte[] padded = new byte[stream.length + 10];
        System.arraycopy(stream, 0, padded, 5, stream.length);
        assertEquals(s.expected, new FrameDecoder().feed(padded, 5, stream.length));
    }

    @Test
    void ignoredBytesAreCounted() {
        FrameDecoder d = new FrameDecoder();
        assertEquals(List.of(), d.feed(b("00 03 ff 7f")));
        assertEquals(4, d.ignoredBytes());
    }

    @Test
    void rejectedHeaderIsNotRescanned() {
        // an EA inside a rejected header does not start a new one: the good frame right after is found
        byte[] bad = FrameEncoder.header(MessageCode.S2_DATA, 5, 0);
        bad[11] ^= (byte) 0x80;
        bad[4] = (byte) 0xEA;
        byte[] good = FrameEncoder.encode(MessageCode.BYE, b("c80000000362796500"));
        byte[] stream = new byte[12 + good.length];
        System.arraycopy(bad, 0, stream, 0, 12);
        System.arraycopy(good, 0, stream, 12, good.length);
        List<WireEvent> events = new FrameDecoder().feed(stream);
        assertEquals(2, events.size());
        assertInstanceOf(HeaderRejected.class, events.get(0));
        assertEquals(new FrameReceived(new Frame(MessageCode.BYE, b("c80000000362796500"))), events.get(1));
    }

    @Test
    void maxPayloadIsConfigurable() {
        FrameDecoder d = new FrameDecoder(100);
        List<WireEvent> events = d.feed(FrameEncoder.encode(MessageCode.S2_DATA, new byte[101]));
        assertEquals(Reason.LENGTH, ((HeaderRejected) events.get(0)).reason());
        assertEquals(1, d.feed(FrameEncoder.encode(MessageCode.S2_DATA, new byte[100])).size());
    }

    @Test
    void hugeDeclaredLengthAllocatesOnlyWhatArrives() {
        FrameDecoder d = new FrameDecoder();
        byte[] header = FrameEncoder.header(MessageCode.S2_DATA, Frame.MAX_PAYLOAD, 0);
        assertEquals(List.of(), d.feed(header));
        assertEquals(0, d.bufferedCapacity(), "nothing allocated before payload bytes arrive");
        d.feed(new byte[10]);
        assertTrue(d.bufferedCapacity() <= FrameDecoder.INITIAL_BUFFER, "capacity " + d.bufferedCapacity());
        byte[] chunk = new byte[50_000];
        int fed = 10;
        for (int i = 0; i < 20; i++) {
            d.feed(chunk);
            fed += chunk.length;
            assertTrue(d.bufferedCapacity() <= 2 * fed, "capacity " + d.bufferedCapacity() + " after " + fed);
        }
        assertTrue(!d.atBoundary());
    }

    @Test
    void bufferNeverExceedsDeclaredLength() {
        FrameDecoder d = new FrameDecoder();
        byte[] frame = FrameEncoder.encode(MessageCode.S2_DATA, new byte[5000]);
        d.feed(frame, 0, 12 + 4097);
        assertTrue(d.bufferedCapacity() <= 5000);
        List<WireEvent> rest = d.feed(frame, 12 + 4097, frame.length - 12 - 4097);
        assertEquals(1, rest.size());
        assertEquals(0, d.bufferedCapacity());
    }

    @Test
    void timeSampleValuesAreLittleEndianAndSigned() {
        FrameDecoder d = new FrameDecoder();
        List<WireEvent> ev = d.feed(b("02 0807060504030201 02 ffffffffffffffff"));
        assertEquals(List.of(new TimeSample(0, 0x0102030405060708L), new TimeSample(1, -1)), ev);
    }

    @Test
    void sixthSampleMarkerIsIgnoredAndItsBytesAreScanned() {
        FrameDecoder d = new FrameDecoder();
        for (int i = 0; i < 5; i++) {
            d.feed(FrameEncoder.timeSample(i));
        }
        List<WireEvent> ev = d.feed(FrameEncoder.timeSample(0x0100000000000001L));
        assertEquals(List.of(Ping.INSTANCE, Ping.INSTANCE), ev);
        assertEquals(1 + 6, d.ignoredBytes());
    }

    @Test
    void rejectsBadSlices() {
        FrameDecoder d = new FrameDecoder();
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> d.feed(new byte[4], 3, 2));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new FrameDecoder(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new FrameDecoder(Frame.MAX_PAYLOAD + 1));
    }
}
