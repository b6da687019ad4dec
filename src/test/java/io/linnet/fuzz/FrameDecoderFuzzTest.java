package io.linnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.s2.wire.FrameDecoder;
import io.linnet.s2.wire.FrameEncoder;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.WireEvent;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The stream decoder on arbitrary bytes: it must never throw, must give the same events however the
 * bytes are split, and must never hold a buffer larger than the declared payload or the bytes seen.
 */
class FrameDecoderFuzzTest {

    static Object decodeBothWays(byte[] input) {
        FrameDecoder whole = new FrameDecoder(1 << 16);
        List<WireEvent> once = whole.feed(input);
        FrameDecoder split = new FrameDecoder(1 << 16);
        List<WireEvent> pieces = new ArrayList<>();
        int chunk = input.length == 0 ? 1 : 1 + (input[0] & 0x0F);
        for (int at = 0; at < input.length; at += chunk) {
            pieces.addAll(split.feed(input, at, Math.min(chunk, input.length - at)));
            if (split.bufferedCapacity() > 2 * Math.max(at + chunk, 4096)) {
                throw new AssertionError("buffer " + split.bufferedCapacity() + " after " + (at + chunk) + " bytes");
            }
        }
        if (!once.equals(pieces)) {
            throw new AssertionError("chunking changed the events: " + once + " vs " + pieces);
        }
        return once.size();
    }

    @FuzzTest(maxDuration = "10s")
    void frameStream(byte[] input) {
        Decoders.check(FrameDecoderFuzzTest::decodeBothWays, input);
    }

    @org.junit.jupiter.api.Test
    void mutatedStreams() {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(FrameEncoder.timeSample(1_760_000_000_000L));
        s.writeBytes(FrameEncoder.encode(MessageCode.BYE, new byte[] {(byte) 0xc8, 0, 0, 0, 3, 'b', 'y', 'e', 0}));
        s.write(1);
        s.writeBytes(FrameEncoder.encode(MessageCode.S2_DATA, new byte[600]));
        s.writeBytes(FrameEncoder.encode(MessageCode.GET_RANDOM_PRESENCES, new byte[] {0x52}));
        int accepted = Decoders.checkMutants(FrameDecoderFuzzTest::decodeBothWays, List.of(s.toByteArray()), 5000, 21);
        assertTrue(accepted > 0);
    }
}
