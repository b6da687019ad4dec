package io.linnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.stream.EncryptionType;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.ixian.stream.StreamMessageForm;
import io.linnet.testutil.Hex;
import io.linnet.testutil.TestAddresses;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** StreamMessage in both layouts, network and storage forms; accepted input must re-encode stably. */
class StreamFuzzTest {
    static final Decoders.Decoder NETWORK = SpixiFuzzTest.<StreamMessage>stable(StreamMessage::decode, m -> m.encode());
    static final Decoders.Decoder STORAGE = SpixiFuzzTest.<StreamMessage>stable(
            b -> StreamMessage.decode(b, StreamMessageForm.STORAGE), m -> m.encode(StreamMessageForm.STORAGE));

    @FuzzTest(maxDuration = "10s")
    void streamMessage(byte[] input) {
        Decoders.check(NETWORK, input);
        Decoders.check(STORAGE, input);
    }

    @Test
    void mutatedStreamMessages() {
        InstantSource clock = InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000L));
        StreamMessage v1 = StreamMessage.builder(1, clock).type(StreamMessageCode.DATA)
                .sender(TestAddresses.address(TestAddresses.A1)).recipient(TestAddresses.address(TestAddresses.A2))
                .data(Bytes.of(Hex.seq(0, 300))).signature(Bytes.of(Hex.seq(9, 512))).build();
        StreamMessage v0 = StreamMessage.builder(0, clock).encryptionType(EncryptionType.RSA)
                .sender(TestAddresses.address(TestAddresses.A0)).recipient(TestAddresses.address(TestAddresses.A1))
                .data(Bytes.of(Hex.seq(0, 40))).encrypted(true).build();
        List<byte[]> seeds = List.of(v1.encode(), v0.encode(), v1.toBuilder().sender(null).data(null).build().encode());
        assertTrue(Decoders.checkMutants(NETWORK, seeds, 6000, 41) > 0);
        List<byte[]> storage = List.of(v1.encode(StreamMessageForm.STORAGE), v0.encode(StreamMessageForm.STORAGE));
        assertTrue(Decoders.checkMutants(STORAGE, storage, 4000, 42) > 0);
    }
}
