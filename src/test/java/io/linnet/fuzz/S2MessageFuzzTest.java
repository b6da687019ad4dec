package io.linnet.fuzz;

import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.S2Fixtures;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.ByeReason;
import io.linnet.s2.message.GetKeepAlives;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.GetRandomPresences;
import io.linnet.s2.message.GetSectorNodes;
import io.linnet.s2.message.Hello;
import io.linnet.s2.message.HelloData;
import io.linnet.s2.message.HelloFields;
import io.linnet.s2.message.Inventory2;
import io.linnet.s2.message.InventoryItem;
import io.linnet.s2.message.KeepAliveRef;
import io.linnet.s2.message.KeepAlivesChunk;
import io.linnet.s2.message.Messages;
import io.linnet.s2.message.S2Data;
import io.linnet.s2.message.SectorNodes;
import io.linnet.s2.message.StreamHeader;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every S2 message decoder: any input ends in a message or a ProtocolException, nothing else. */
class S2MessageFuzzTest {
    static final byte[] KEY = S2Fixtures.fakePublicKey("fuzz");
    static final Address WALLET = S2Fixtures.addressOf(KEY);

    /** Decodes through the dispatcher with the code taken from the first byte. */
    static Object dispatch(byte[] input) throws ProtocolException {
        if (input.length < 2) {
            throw new ProtocolException("too short for a code and a payload");
        }
        byte[] payload = java.util.Arrays.copyOfRange(input, 1, input.length);
        return Messages.decode(new Frame(MessageCode.of(input[0] & 0x3F), payload));
    }

    static HelloFields fields(NodeType type) {
        return new HelloFields(6, WALLET, true, type, "jtest-0.1", seq(0, 16), KEY, 10235, 1760000000L, seq(0, 512));
    }

    static Presence presence() {
        return S2Fixtures.presence(KEY, List.of(S2Fixtures.signedEntry(KEY, "IxiReg", seq(0, 16), "127.0.0.1:10235",
                NodeType.CLIENT, 1760000000L)));
    }

    static KeepAlive keepAlive() {
        return new KeepAlive(WALLET, seq(0, 16), 1760000000L, "127.0.0.1:10235", NodeType.CLIENT, null, seq(0, 64));
    }

    static byte[] streamV1() {
        return new IxiWriter().varUInt(1).ixiBytes(seq(0, 16)).varUInt(2).varUInt(4).ixiBytes(WALLET.noChecksum())
                .ixiBytes(WALLET.noChecksum()).ixiBytes(seq(0, 8)).toByteArray();
    }

    static byte[] streamV0() {
        return new IxiWriter().int32(0).int32Bytes(seq(0, 16)).int32(0).int32(0).int32Bytes(WALLET.withChecksum())
                .int32Bytes(WALLET.withChecksum()).toByteArray();
    }

    @FuzzTest(maxDuration = "10s")
    void hello(byte[] input) {
        Decoders.check(Hello::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void helloData(byte[] input) {
        Decoders.check(HelloData::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void bye(byte[] input) {
        Decoders.check(Bye::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void getSectorNodes(byte[] input) {
        Decoders.check(GetSectorNodes::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void sectorNodes(byte[] input) {
        Decoders.check(b -> SectorNodes.decode(b).presences(), input);
    }

    @FuzzTest(maxDuration = "10s")
    void getPresence2(byte[] input) {
        Decoders.check(GetPresence2::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void getKeepAlives(byte[] input) {
        Decoders.check(GetKeepAlives::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void keepAlivesChunk(byte[] input) {
        Decoders.check(b -> KeepAlivesChunk.decode(b).keepAlives(), input);
    }

    @FuzzTest(maxDuration = "10s")
    void getRandomPresences(byte[] input) {
        Decoders.check(GetRandomPresences::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void streamHeader(byte[] input) {
        Decoders.check(StreamHeader::peek, input);
    }

    @FuzzTest(maxDuration = "10s")
    void relayError(byte[] input) {
        Decoders.check(b -> io.linnet.s2.message.RelayError.of(new S2Data(b)), input.length == 0 ? new byte[] {0} : input);
    }

    @FuzzTest(maxDuration = "10s")
    void inventory2(byte[] input) {
        Decoders.check(Inventory2::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void anyMessage(byte[] input) {
        Decoders.check(S2MessageFuzzTest::dispatch, input);
    }

    @Test
    void mutatedHandshakes() {
        byte[] hello = new Hello(fields(NodeType.CLIENT), 123456789).encode();
        byte[] data = new HelloData(fields(NodeType.RELAY), 1234, seq(0, 64), 13, "127.0.0.1:0").encode();
        assertTrue(Decoders.checkMutants(Hello::decode, List.of(hello), 3000, 31) > 0);
        assertTrue(Decoders.checkMutants(HelloData::decode, List.of(data), 3000, 32) > 0);
        assertTrue(Decoders.checkMutants(Bye::decode, List.of(new Bye(ByeReason.INCORRECT_IP, "x", "1.2.3.4").encode()),
                3000, 33) > 0);
    }

    @Test
    void mutatedSectorAndPresenceQueries() {
        byte[] gsn = GetSectorNodes.forAddress(WALLET, 6).encode();
        byte[] sn = SectorNodes.of(WALLET.sectorPrefix(), List.of(presence(), presence())).encode();
        assertTrue(Decoders.checkMutants(GetSectorNodes::decode, List.of(gsn), 3000, 41) > 0);
        assertTrue(Decoders.checkMutants(b -> SectorNodes.decode(b).presences(), List.of(sn), 3000, 42) > 0);
        assertTrue(Decoders.checkMutants(GetPresence2::decode, List.of(new GetPresence2(WALLET).encode()), 3000, 43) > 0);
        assertTrue(Decoders.checkMutants(GetRandomPresences::decode, List.of(new byte[] {'R'}), 500, 44) > 0);
    }

    @Test
    void mutatedKeepAliveExchanges() {
        byte[] gka = new GetKeepAlives(List.of(new KeepAliveRef(WALLET, seq(0, 16)), new KeepAliveRef(WALLET, seq(1, 2))))
                .encode();
        byte[] chunk = KeepAlivesChunk.of(List.of(keepAlive(), keepAlive())).encode();
        byte[] inv = new Inventory2(List.of(new InventoryItem.KeepAliveItem(seq(0, 44), 1760000000L, WALLET, seq(0, 16)),
                new InventoryItem.KeepAlive2Item(1760000000L, WALLET, seq(0, 16)),
                new InventoryItem.OtherItem(1, seq(1, 40)))).encode();
        assertTrue(Decoders.checkMutants(GetKeepAlives::decode, List.of(gka), 3000, 51) > 0);
        assertTrue(Decoders.checkMutants(b -> KeepAlivesChunk.decode(b).keepAlives(), List.of(chunk), 3000, 52) > 0);
        assertTrue(Decoders.checkMutants(Inventory2::decode, List.of(inv), 3000, 53) > 0);
    }

    @Test
    void mutatedStreamHeadersAndDispatch() {
        assertTrue(Decoders.checkMutants(StreamHeader::peek, List.of(streamV1(), streamV0()), 3000, 61) > 0);
        assertTrue(Decoders.checkMutants(S2Data::decode, List.of(streamV1(), streamV0()), 1000, 62) > 0);
        StreamHeader original;
        try {
            original = StreamHeader.peek(streamV1());
        } catch (ProtocolException e) {
            throw new AssertionError(e);
        }
        byte[] error = io.linnet.s2.message.RelayError.replyTo(original,
                java.time.InstantSource.fixed(java.time.Instant.ofEpochSecond(1_760_000_000L))).encode();
        assertTrue(Decoders.checkMutants(b -> b.length == 0 ? null : io.linnet.s2.message.RelayError.of(new S2Data(b)),
                List.of(error), 3000, 64) > 0);
        byte[] up = new UpdatePresence(presence()).encode();
        byte[] tagged = new IxiWriter().u8(24).raw(up).toByteArray();
        byte[] taggedHello = new IxiWriter().u8(0).raw(new Hello(fields(NodeType.CLIENT), 5).encode()).toByteArray();
        assertTrue(Decoders.checkMutants(S2MessageFuzzTest::dispatch, List.of(tagged, taggedHello), 3000, 63) > 0);
    }
}
