package io.linnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.linnet.ixian.codec.Base58;
import io.linnet.ixian.codec.IxiNumber;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fuzzes the primitive decoders: any input may only end in a value or a ProtocolException. */
class CodecFuzzTest {

    /** Reads a selector-driven sequence of primitives, so one input exercises every reader method. */
    static Object readPrimitives(byte[] input) throws io.linnet.ixian.ProtocolException {
        IxiReader r = new IxiReader(input);
        int n = 0;
        while (r.hasRemaining()) {
            switch (r.u8("selector") % 7) {
                case 0 -> r.varInt("v");
                case 1 -> r.varUInt("v");
                case 2 -> r.ixiBytes(1 << 20, "b");
                case 3 -> r.dotNetString(1 << 20, "s");
                case 4 -> r.int32Bytes(1 << 20, "i");
                case 5 -> IxiNumber.read(r);
                default -> r.int64("l");
            }
            n++;
        }
        return n;
    }

    @FuzzTest(maxDuration = "10s")
    void ixiReaderPrimitives(byte[] input) {
        Decoders.check(CodecFuzzTest::readPrimitives, input);
    }

    @FuzzTest(maxDuration = "10s")
    void base58(@NotNull String text) {
        Decoders.check(b -> Base58.decode(new String(b, StandardCharsets.UTF_8)), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mutatedPrimitiveStreams() {
        byte[] valid = new IxiWriter()
                .u8(0).varInt(-300).u8(1).varUInt(70000).u8(2).ixiBytes(new byte[300])
                .u8(3).dotNetString("grüße").u8(4).int32Bytes(new byte[9])
                .u8(5).raw(new byte[] {4, 0, (byte) 0xe1, (byte) 0xf5, 5}).u8(6).int64(-1)
                .toByteArray();
        int accepted = Decoders.checkMutants(CodecFuzzTest::readPrimitives, List.of(valid), 20_000, 1);
        assertTrue(accepted > 0, "some mutants must still decode");
    }
}
