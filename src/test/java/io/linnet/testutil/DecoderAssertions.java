package io.linnet.testutil;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.linnet.fuzz.Decoders;
import io.linnet.ixian.ProtocolException;
import java.util.Arrays;
import java.util.Set;

/** Assertions that a decoder rejects damaged input with a ProtocolException and nothing else. */
public final class DecoderAssertions {
    private DecoderAssertions() {}

    /**
     * Every strict prefix of {@code valid} is rejected, except prefixes whose length is in
     * {@code validLengths} (formats with optional trailing fields), which must decode.
     */
    public static void truncationsRejected(Decoders.Decoder decoder, byte[] valid, Set<Integer> validLengths) {
        for (int n = 0; n < valid.length; n++) {
            byte[] prefix = Arrays.copyOf(valid, n);
            boolean accepted = Decoders.check(decoder, prefix);
            if (accepted != validLengths.contains(n)) {
                fail("prefix of " + n + " of " + valid.length + " bytes was " + (accepted ? "accepted" : "rejected"));
            }
        }
    }

    public static void truncationsRejected(Decoders.Decoder decoder, byte[] valid) {
        truncationsRejected(decoder, valid, Set.of());
    }

    /** {@code valid} followed by one or more extra bytes is rejected. */
    public static void trailingBytesRejected(Decoders.Decoder decoder, byte[] valid) {
        for (byte[] tail : new byte[][] {{0}, {1}, {(byte) 0xff, 0, 0, 0}}) {
            byte[] longer = Arrays.copyOf(valid, valid.length + tail.length);
            System.arraycopy(tail, 0, longer, valid.length, tail.length);
            assertThrows(ProtocolException.class, () -> decoder.decode(longer), "trailing " + Hex.h(tail));
        }
    }

    /** Decoding {@code bad} fails with a ProtocolException. */
    public static ProtocolException rejected(Decoders.Decoder decoder, byte[] bad) {
        return assertThrows(ProtocolException.class, () -> decoder.decode(bad), Hex.h(bad));
    }
}
