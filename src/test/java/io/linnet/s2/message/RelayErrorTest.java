package io.linnet.s2.message;

import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.s2.S2Fixtures;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** s2data with real StreamMessages: the header peek agrees with the full codec; relay error replies (§5.3). */
class RelayErrorTest {
    static final Address ALICE = S2Fixtures.addressOf(S2Fixtures.fakePublicKey("alice"));
    static final Address BOB = S2Fixtures.addressOf(S2Fixtures.fakePublicKey("bob"));
    static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(1_760_000_000L));

    static StreamMessage message(int version) {
        return StreamMessage.builder(version, CLOCK).type(StreamMessageCode.DATA).sender(ALICE).recipient(BOB)
                .id(Bytes.of(seq(0, 16))).data(Bytes.of(seq(0, 100))).build();
    }

    @Test
    void headerPeekAgreesWithTheStreamCodec() throws ProtocolException {
        for (int version : new int[] {0, 1}) {
            StreamMessage m = message(version);
            S2Data d = (S2Data) Messages.decode(S2Data.of(m).toFrame());
            assertEquals(m, d.message());
            StreamHeader hd = d.header();
            assertEquals(version, hd.version());
            assertEquals(h(seq(0, 16)), h(hd.id()));
            assertEquals(StreamMessageCode.DATA.number(), hd.type());
            assertEquals(m.encryptionType().code(), hd.encryptionType());
            assertEquals(Optional.of(ALICE), hd.sender());
            assertEquals(Optional.of(BOB), hd.recipient());
        }
    }

    @Test
    void relayErrorReplyIsAVersion0ErrorBackToTheSender() throws ProtocolException {
        S2Data original = S2Data.of(message(1));
        S2Data reply = RelayError.replyTo(original.header(), CLOCK);
        byte[] wire = reply.encode();
        assertEquals("00000000" + "10000000", h(wire).substring(0, 16), "v0 layout, 16-byte id");
        StreamMessage m = reply.message();
        assertEquals(0, m.version());
        assertEquals(StreamMessageCode.ERROR, m.type());
        assertEquals(EncryptionCode.NONE, m.encryptionType());
        assertEquals(BOB, m.sender());
        assertEquals(ALICE, m.recipient());
        assertEquals(h(seq(0, 16)), m.data().toHex());
        assertEquals(1_760_000_000L, m.timestamp());
        assertNotEquals(h(seq(0, 16)), m.id().toHex(), "a fresh id");
        assertTrue(reply.header().isError());

        RelayError e = RelayError.of(reply).orElseThrow();
        assertEquals(h(seq(0, 16)), h(e.failedMessageId()));
        assertEquals(Optional.of(BOB), e.unreachable());
        assertEquals(Optional.of(ALICE), e.recipient());
        assertEquals(1_760_000_000L, e.timestamp());
    }

    @Test
    void onlyErrorsAreRelayErrors() throws ProtocolException {
        assertEquals(Optional.empty(), RelayError.of(S2Data.of(message(1))));
        assertEquals(Optional.empty(), RelayError.of(S2Data.of(message(0))));
        S2Data junk = new S2Data(new byte[] {1, 1, 1, 0, 0, 0, 0});
        assertThrows(ProtocolException.class, () -> RelayError.of(junk));
    }
}
