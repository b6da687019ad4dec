package io.linnet.ixian.spixi;

import static io.linnet.testutil.DecoderAssertions.rejected;
import static io.linnet.testutil.DecoderAssertions.trailingBytesRejected;
import static io.linnet.testutil.DecoderAssertions.truncationsRejected;
import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.TestAddresses.A0;
import static io.linnet.testutil.TestAddresses.A1;
import static io.linnet.testutil.TestAddresses.A1_WITH_CHECKSUM;
import static io.linnet.testutil.TestAddresses.A2;
import static io.linnet.testutil.TestAddresses.G1;
import static io.linnet.testutil.TestAddresses.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.fuzz.Decoders;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.testutil.RandomValues;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SpixiMessage envelope of spec §2.2–§2.3, with §10-1/§10-17 fixed: bad input throws. */
class SpixiMessageTest {

    @Test
    void minimalMessageEndsInSixZeroBytes() throws ProtocolException {
        SpixiMessage m = SpixiMessage.of(SpixiMessageCode.CHAT, Bytes.EMPTY);
        assertEquals("00000000" + "00000000" + "00000000" + "00" + "00", h(m.encode()));
        assertTrue(h(m.encode()).endsWith("000000000000"));
        assertEquals(m, SpixiMessage.decode(m.encode()));
    }

    @Test
    void chatGoldenBytes() throws ProtocolException {
        SpixiMessage m = SpixiMessage.of(SpixiMessageCode.CHAT, Bytes.utf8("hi"));
        assertEquals("00000000" + "02000000" + "6869" + "00000000" + "00" + "00", h(m.encode()));
        SpixiMessage nick = new SpixiMessage(SpixiMessageCode.NICK.number(), Bytes.utf8("č"), 3, null, null);
        assertEquals("02000000" + "02000000" + "c48d" + "03000000" + "0000", h(nick.encode()));
        assertEquals(nick, SpixiMessage.decode(nick.encode()));
    }

    @Test
    void groupFieldsGoldenBytes() throws ProtocolException {
        SpixiMessage m = SpixiMessage.ofGroup(SpixiMessageCode.CHAT, Bytes.utf8("hi"), address(G1))
                .withGroupSenderAddress(address(A1));
        assertEquals("00000000" + "02000000" + "6869" + "00000000" + "2d" + G1 + "2d" + A1, h(m.encode()));
        SpixiMessage back = SpixiMessage.decode(m.encode());
        assertEquals(m, back);
        assertEquals(address(G1), back.groupAddress());
        assertEquals(address(A1), back.groupSenderAddress());
        // a version 2 author is fine too
        SpixiMessage v2 = m.withGroupSenderAddress(address(A2));
        assertEquals(v2, SpixiMessage.decode(v2.encode()));
        assertNull(m.withGroupAddress(null).withGroupSenderAddress(null).groupAddress());
    }

    @Test
    void olderShorterFormsDecode() throws ProtocolException {
        SpixiMessage twoFields = SpixiMessage.decode(b("09000000" + "02000000" + "abcd"));
        assertEquals(new SpixiMessage(9, Bytes.of(b("abcd")), 0, null, null), twoFields);
        assertTrue(twoFields.is(SpixiMessageCode.MSG_RECEIVED));
        SpixiMessage threeFields = SpixiMessage.decode(b("09000000" + "02000000" + "abcd" + "05000000"));
        assertEquals(new SpixiMessage(9, Bytes.of(b("abcd")), 5, null, null), threeFields);
        assertEquals("09000000" + "02000000" + "abcd" + "05000000" + "0000", h(threeFields.encode()), "re-encoded with all five fields");
    }

    @Test
    void loneGroupAddressIsMalformed() {
        rejected(SpixiMessage::decode, b("00000000" + "00000000" + "00000000" + "00"));
        rejected(SpixiMessage::decode, b("00000000" + "00000000" + "00000000" + "2d" + G1));
    }

    @Test
    void longVarintLengthsAreReadLikeIxianDoes() throws ProtocolException {
        SpixiMessage m = SpixiMessage.decode(b("000000000000000000000000" + "00" + "fc2d00" + A1));
        assertEquals(address(A1), m.groupSenderAddress());
        assertEquals("000000000000000000000000" + "00" + "2d" + A1, h(m.encode()), "re-encoded in the shortest form");
    }

    @Test
    void nullAndEmptyDataAreTheSame() throws ProtocolException {
        assertEquals(Bytes.EMPTY, new SpixiMessage(0, null, 0, null, null).data());
        assertEquals(Bytes.EMPTY, SpixiMessage.decode(b("0000000000000000")).data());
    }

    @Test
    void unknownAndReservedTypesSurvive() throws ProtocolException {
        for (int type : new int[] {53, 0xF0, 0xF5, 0xFF, 0x100, 999, -1, Integer.MIN_VALUE}) {
            SpixiMessage m = new SpixiMessage(type, Bytes.of(b("01")), 0, null, null);
            SpixiMessage back = SpixiMessage.decode(m.encode());
            assertEquals(type, back.type());
            assertEquals(SpixiMessageCode.fromNumber(type), back.code());
            assertFalse(back.allowedInGroup());
        }
        assertEquals(Optional.of(SpixiMessageCode.RESERVED), new SpixiMessage(0xF7, Bytes.EMPTY, 0, null, null).code());
        assertTrue(new SpixiMessage(0xF7, Bytes.EMPTY, 0, null, null).is(SpixiMessageCode.RESERVED));
        assertFalse(new SpixiMessage(0xF7, Bytes.EMPTY, 0, null, null).is(SpixiMessageCode.CHAT));
        assertEquals(Optional.empty(), new SpixiMessage(200, Bytes.EMPTY, 0, null, null).code());
    }

    @Test
    void groupWhitelistHelper() {
        assertTrue(SpixiMessage.of(SpixiMessageCode.MSG_REACTION, Bytes.EMPTY).allowedInGroup());
        assertFalse(SpixiMessage.of(SpixiMessageCode.CREATE_GROUP, Bytes.EMPTY).allowedInGroup());
        assertFalse(SpixiMessage.of(SpixiMessageCode.NICK, Bytes.EMPTY).allowedInGroup());
    }

    @Test
    void strictDecoding() {
        byte[] valid = SpixiMessage.ofGroup(SpixiMessageCode.CHAT, Bytes.utf8("hi"), address(G1)).encode();
        // the two-field (10 bytes) and three-field (14 bytes) prefixes are valid older forms
        truncationsRejected(SpixiMessage::decode, valid, Set.of(10, 14));
        trailingBytesRejected(SpixiMessage::decode, valid);
        rejected(SpixiMessage::decode, b("00000000" + "ffffffff"));                  // negative data length
        rejected(SpixiMessage::decode, b("00000000" + "05000000" + "0102"));         // data shorter than its length
        rejected(SpixiMessage::decode, b("00000000" + "01002003" + "00"));           // data length above 50 MiB
        rejected(SpixiMessage::decode, b("00000000" + "00000000" + "0000"));         // half a channel
        rejected(SpixiMessage::decode, b("000000000000000000000000" + "21" + A0 + "00"));           // v0 address
        rejected(SpixiMessage::decode, b("000000000000000000000000" + "30" + A1_WITH_CHECKSUM + "00")); // with checksum
        rejected(SpixiMessage::decode, b("000000000000000000000000" + "2d00" + A1.substring(2) + "00")); // version 0, 45 bytes
        rejected(SpixiMessage::decode, b("000000000000000000000000" + "2d07" + A1.substring(2) + "00")); // unknown version
        assertThrows(IllegalArgumentException.class,
                () -> SpixiMessage.ofGroup(SpixiMessageCode.CHAT, Bytes.EMPTY, address(A0)));
    }

    @Test
    void ciphertextIsNotMistakenForAMessage() {
        // §10-1: Ixian parses an undecryptable spixi2 payload (40 ‖ nonce ‖ …) as a garbage message and may
        // acknowledge it. Here such input must be rejected.
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 2000; i++) {
            byte[] wire = new byte[1 + 64 + 3 + 48 + rnd.nextInt(200)];
            rnd.nextBytes(wire);
            wire[0] = 0x40;
            assertFalse(Decoders.check(SpixiMessage::decode, wire), "accepted " + h(wire));
        }
    }

    @Test
    void randomRoundTrips() throws ProtocolException {
        SplittableRandom rnd = new SplittableRandom(17);
        Address[] groupFields = {null, address(G1), address(A1), address(A2)};
        for (int i = 0; i < 500; i++) {
            SpixiMessage m = new SpixiMessage(rnd.nextInt(), RandomValues.bytes(rnd, 0, 2000), rnd.nextInt(),
                    groupFields[rnd.nextInt(4)], groupFields[rnd.nextInt(4)]);
            byte[] enc = m.encode();
            SpixiMessage back = SpixiMessage.decode(enc);
            assertEquals(m, back);
            assertEquals(h(enc), h(back.encode()));
        }
    }
}
