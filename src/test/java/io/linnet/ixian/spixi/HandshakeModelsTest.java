package io.linnet.ixian.spixi;

import static io.linnet.testutil.DecoderAssertions.rejected;
import static io.linnet.testutil.DecoderAssertions.trailingBytesRejected;
import static io.linnet.testutil.DecoderAssertions.truncationsRejected;
import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.testutil.RandomValues;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** requestAdd2, acceptAdd2, keys2 and legacy keys payloads (spec §3.1–§3.4, §4.6). */
class HandshakeModelsTest {

    @Test
    void requestAdd2GoldenBytes() throws ProtocolException {
        RequestAdd2Message m = new RequestAdd2Message(1, Bytes.of(b("010203")));
        assertEquals("0103010203", h(m.encode()));
        assertEquals(m, RequestAdd2Message.decode(b("0103010203")));
        // the version is read as a varint: a non-canonical form is accepted
        assertEquals(m, RequestAdd2Message.decode(b("fc010003010203")));
    }

    @Test
    void requestAdd2RejectsBadInput() {
        byte[] valid = b("0103010203");
        truncationsRejected(RequestAdd2Message::decode, valid);
        trailingBytesRejected(RequestAdd2Message::decode, valid);
        rejected(RequestAdd2Message::decode, b("0100"));          // empty public key
        rejected(RequestAdd2Message::decode, b("f8010003010203")); // signed varint prefix
        rejected(RequestAdd2Message::decode, b("fcf80003010203")); // version 248 does not fit the raw byte
        rejected(RequestAdd2Message::decode, b("01fc0004010203")); // key longer than the input
        rejected(RequestAdd2Message::decode, b("01fc0004" + "00".repeat(1024))); // key above 1023 bytes
        assertThrows(IllegalArgumentException.class, () -> new RequestAdd2Message(248, Bytes.of(b("01"))));
        assertThrows(IllegalArgumentException.class, () -> new RequestAdd2Message(1, Bytes.EMPTY));
    }

    @Test
    void acceptAdd2GoldenBytesAndOptionalCapabilities() throws ProtocolException {
        AcceptAdd2Message m = new AcceptAdd2Message(1, Bytes.of(b("aa")), Bytes.of(b("bbbb")), Bytes.of(b("cc")),
                Bytes.of(b("dd")), StreamCapabilities.SPIXI);
        assertEquals("01" + "01aa" + "02bbbb" + "01cc" + "01dd" + "3f", h(m.encode()));
        assertEquals(m, AcceptAdd2Message.decode(m.encode()));

        AcceptAdd2Message old = AcceptAdd2Message.decode(b("0101aa02bbbb01cc01dd"));
        assertEquals(StreamCapabilities.DEFAULT, old.capabilities());
        assertEquals(15, old.capabilities().bits());
        assertEquals("0101aa02bbbb01cc01dd0f", h(old.encode()), "the mask is always written");
    }

    @Test
    void acceptAdd2RejectsBadInput() {
        byte[] valid = b("0101aa02bbbb01cc01dd3f");
        truncationsRejected(AcceptAdd2Message::decode, valid, Set.of(valid.length - 1));
        trailingBytesRejected(AcceptAdd2Message::decode, valid);
        rejected(AcceptAdd2Message::decode, b("0101aa02bbbb01cc01ddfe0000000001000000")); // mask above 2^31-1
        rejected(AcceptAdd2Message::decode, b("0101aa02bbbb01cc01ddf80100"));             // negative mask
        rejected(AcceptAdd2Message::decode, b("0101aa0001cc01dd3f"));                     // empty ECDH key
        rejected(AcceptAdd2Message::decode, b("0101aa02bbbbfc2106" + "00".repeat(1569) + "01dd")); // ML-KEM too long
    }

    @Test
    void keys2GoldenBytesAndOptionalCapabilities() throws ProtocolException {
        Keys2Message m = new Keys2Message(Bytes.of(b("ee")), Bytes.of(b("ff")), Bytes.of(b("11")),
                new StreamCapabilities(StreamCapabilities.GROUP_CAPABILITIES | StreamCapabilities.INCOMING));
        assertEquals("01ee01ff011121", h(m.encode()));
        assertEquals(m, Keys2Message.decode(m.encode()));
        assertEquals(StreamCapabilities.DEFAULT, Keys2Message.decode(b("01ee01ff0111")).capabilities());
        // a mask needing the 3-byte varint form
        Keys2Message wide = new Keys2Message(m.ecdhPublicKey(), m.mlkemCiphertext(), m.chachaSalt(), new StreamCapabilities(0x1_0000));
        assertEquals("01ee01ff0111fd00000100", h(wide.encode()));
        assertEquals(wide, Keys2Message.decode(wide.encode()));
    }

    @Test
    void keys2RejectsBadInput() {
        byte[] valid = b("01ee01ff011121");
        truncationsRejected(Keys2Message::decode, valid, Set.of(valid.length - 1));
        trailingBytesRejected(Keys2Message::decode, valid);
        rejected(Keys2Message::decode, b("01ee01ff00"));
        rejected(Keys2Message::decode, b("01eeff01ff0111"));
    }

    @Test
    void legacyKeysUseInt32Lengths() throws ProtocolException {
        KeysMessage both = new KeysMessage(Bytes.of(b("0102")), Bytes.of(b("0304")));
        assertEquals("020000000102" + "020000000304", h(both.encode()));
        assertEquals(both, KeysMessage.decode(both.encode()));
        KeysMessage aesOnly = new KeysMessage(Bytes.of(b("0102")), Bytes.EMPTY);
        assertEquals("020000000102" + "00000000", h(aesOnly.encode()));
        assertEquals(aesOnly, KeysMessage.decode(aesOnly.encode()));
        assertFalse(both.toString().contains("0102"), "key bytes stay out of toString");
    }

    @Test
    void legacyKeysRejectBadInput() {
        byte[] valid = b("020000000102020000000304");
        truncationsRejected(KeysMessage::decode, valid);
        trailingBytesRejected(KeysMessage::decode, valid);
        rejected(KeysMessage::decode, b("ffffffff00000000"));             // negative length
        rejected(KeysMessage::decode, b("41000000" + "00".repeat(65) + "00000000")); // key above 64 bytes
        rejected(KeysMessage::decode, b("0201"));                         // IxiBytes form is not the wire format
    }

    @Test
    void capabilityFlags() {
        assertEquals(63, StreamCapabilities.SPIXI.bits());
        assertTrue(StreamCapabilities.SPIXI.has(StreamCapabilities.GROUP_CAPABILITIES));
        assertFalse(StreamCapabilities.DEFAULT.has(StreamCapabilities.GROUP_CAPABILITIES));
        assertFalse(StreamCapabilities.DEFAULT.has(StreamCapabilities.APPS | StreamCapabilities.APP_PROTOCOLS));
        assertEquals(new StreamCapabilities(47), StreamCapabilities.DEFAULT.with(StreamCapabilities.GROUP_CAPABILITIES));
        assertThrows(IllegalArgumentException.class, () -> new StreamCapabilities(-1));
    }

    @Test
    void randomRoundTrips() throws ProtocolException {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 300; i++) {
            StreamCapabilities caps = new StreamCapabilities(rnd.nextInt(Integer.MAX_VALUE));
            var req = new RequestAdd2Message(rnd.nextInt(248), RandomValues.bytes(rnd, 1, 1023));
            assertEquals(req, RequestAdd2Message.decode(req.encode()));
            var acc = new AcceptAdd2Message(rnd.nextInt(248), RandomValues.bytes(rnd, 1, 600), RandomValues.bytes(rnd, 1, 133),
                    RandomValues.bytes(rnd, 1, 1568), RandomValues.bytes(rnd, 1, 64), caps);
            assertEquals(acc, AcceptAdd2Message.decode(acc.encode()));
            var k2 = new Keys2Message(RandomValues.bytes(rnd, 1, 133), RandomValues.bytes(rnd, 1, 1568), RandomValues.bytes(rnd, 1, 64), caps);
            assertEquals(k2, Keys2Message.decode(k2.encode()));
            var k = new KeysMessage(RandomValues.bytes(rnd, 0, 64), RandomValues.bytes(rnd, 0, 64));
            assertEquals(k, KeysMessage.decode(k.encode()));
        }
    }
}
