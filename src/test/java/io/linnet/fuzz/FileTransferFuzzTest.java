package io.linnet.fuzz;

import static io.linnet.fuzz.SpixiFuzzTest.stable;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.AcceptFileMessage;
import io.linnet.ixian.spixi.FileDataMessage;
import io.linnet.ixian.spixi.FileFullyReceivedMessage;
import io.linnet.ixian.spixi.FileHeaderMessage;
import io.linnet.ixian.spixi.RequestFileDataMessage;
import io.linnet.ixian.spixi.TransferUid;
import io.linnet.testutil.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five file-transfer payload decoders: a value (stable under re-encoding) or a ProtocolException. */
class FileTransferFuzzTest {
    static final Decoders.Decoder HEADER = stable(FileHeaderMessage::decode, FileHeaderMessage::encode);
    static final Decoders.Decoder ACCEPT = stable(AcceptFileMessage::decode, AcceptFileMessage::encode);
    static final Decoders.Decoder REQUEST = stable(RequestFileDataMessage::decode, RequestFileDataMessage::encode);
    static final Decoders.Decoder DATA = stable(FileDataMessage::decode, FileDataMessage::encode);
    static final Decoders.Decoder FULLY_RECEIVED = stable(FileFullyReceivedMessage::decode, FileFullyReceivedMessage::encode);

    @FuzzTest(maxDuration = "10s")
    void fileHeader(byte[] input) {
        Decoders.check(HEADER, input);
    }

    @FuzzTest(maxDuration = "10s")
    void fileMessages(byte[] input) {
        Decoders.check(ACCEPT, input);
        Decoders.check(REQUEST, input);
        Decoders.check(DATA, input);
        Decoders.check(FULLY_RECEIVED, input);
    }

    @Test
    void mutatedHeaders() {
        TransferUid uid = TransferUid.random();
        List<byte[]> seeds = List.of(
                new FileHeaderMessage(uid, "photo.jpg", 102_401, Bytes.EMPTY, FileHeaderMessage.SPIXI_PACKET_SIZE, 0, Bytes.EMPTY).encode(),
                new FileHeaderMessage(uid, "a", 0, Bytes.of(Hex.seq(1, 40)), 4096, 2, Bytes.of(Hex.seq(9, 32))).encode());
        assertTrue(Decoders.checkMutants(HEADER, seeds, 5000, 41) > 0);
    }

    @Test
    void mutatedPacketsAndReplies() {
        TransferUid uid = TransferUid.random();
        assertTrue(Decoders.checkMutants(ACCEPT, List.of(new AcceptFileMessage(uid).encode()), 3000, 42) > 0);
        assertTrue(Decoders.checkMutants(REQUEST, List.of(new RequestFileDataMessage(uid, 7).encode()), 3000, 43) > 0);
        assertTrue(Decoders.checkMutants(DATA, List.of(new FileDataMessage(uid, 3, Bytes.of(Hex.seq(5, 300))).encode(),
                new FileDataMessage(uid, 0, Bytes.EMPTY).encode()), 3000, 44) > 0);
        assertTrue(Decoders.checkMutants(FULLY_RECEIVED, List.of(new FileFullyReceivedMessage(uid).encode()), 3000, 45) > 0);
    }
}
