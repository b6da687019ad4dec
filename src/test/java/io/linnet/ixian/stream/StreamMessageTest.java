package io.linnet.ixian.stream;

import static io.linnet.testutil.DecoderAssertions.rejected;
import static io.linnet.testutil.DecoderAssertions.trailingBytesRejected;
import static io.linnet.testutil.DecoderAssertions.truncationsRejected;
import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.TestAddresses.A0;
import static io.linnet.testutil.TestAddresses.A1;
import static io.linnet.testutil.TestAddresses.A1_WITH_CHECKSUM;
import static io.linnet.testutil.TestAddresses.A2;
import static io.linnet.testutil.TestAddresses.A2_WITH_CHECKSUM;
import static io.linnet.testutil.TestAddresses.address;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.fuzz.Decoders;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.testutil.Hex;
import io.linnet.testutil.RandomValues;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * StreamMessage layouts, checksum and AAD (spec §1.2–§1.6, §1.9) and the codec behaviours of Ixian's
 * TestStreamMessage (§9.2; the signing and encryption ones are in {@link StreamMessageCryptoTest}).
 */
class StreamMessageTest {
    static final long T = 1_700_000_000L; // fd 00 f1 53 65 as a varint
    static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(T));
    static final String ID16 = "000102030405060708090a0b0c0d0e0f";

    /** The v1 golden message: data 01..05 from V-A1 to V-A2. */
    static StreamMessage v1Golden() {
        return StreamMessage.builder(1, CLOCK).id(Bytes.of(b(ID16))).type(StreamMessageCode.DATA)
                .sender(address(A1)).recipient(address(A2)).data(Bytes.of(b("0102030405"))).build();
    }

    static final String V1_CHECKSUM_FORM = "01" + "10" + ID16 + "02" + "04" + "2d" + A1 + "2d" + A2 + "05" + "0102030405" + "fd00f15365";

    /** The v0 golden message: rsa, signed, encrypted flag set, no recipient, no receipt wanted. */
    static StreamMessage v0Golden() {
        return StreamMessage.builder(0, CLOCK).id(Bytes.of(b("0102"))).encryptionType(EncryptionCode.RSA)
                .sender(address(A1)).data(Bytes.of(b("abcd"))).signature(Bytes.of(b("ee"))).encrypted(true)
                .requireRcvConfirmation(false).build();
    }

    static final String V0_HEAD = "00000000" + "02000000" + "0102" + "01000000" + "01000000" + "30000000" + A1_WITH_CHECKSUM
            + "00000000" + "02000000" + "abcd" + "00000000" + "00000000";

    @Test
    void v1GoldenBytes() throws ProtocolException {
        StreamMessage m = v1Golden();
        assertEquals(V1_CHECKSUM_FORM + "00" + "01", h(m.encode()));
        assertEquals(V1_CHECKSUM_FORM + "00" + "01" + "00", h(m.encode(StreamMessageForm.STORAGE)));
        assertEquals(V1_CHECKSUM_FORM, h(m.encode(StreamMessageForm.CHECKSUM)));
        assertEquals("964fc82dc116af1eeb0c0d9805b585969c53c935a841a7b630b58b0ce9d8f876bc006047ca5047f197a1e402912b8e4042544ffad661dc79fd1b95ce38555894",
                m.checksum().toHex(), "SHA3-512 of the checksum form");
        assertEquals(m, StreamMessage.decode(m.encode()));
        StreamMessage signed = m.toBuilder().signature(Bytes.of(b("aabb"))).requireRcvConfirmation(false).encrypted(true).build();
        assertEquals(V1_CHECKSUM_FORM + "02aabb" + "00", h(signed.encode()));
        assertEquals(V1_CHECKSUM_FORM + "02aabb" + "00" + "01", h(signed.encode(StreamMessageForm.STORAGE)));
    }

    @Test
    void v0GoldenBytes() throws ProtocolException {
        StreamMessage m = v0Golden();
        String network = V0_HEAD + "01" + "00" + "01000000ee" + "00f1536500000000" + "00";
        assertEquals(network, h(m.encode()));
        assertEquals(network, h(m.encode(StreamMessageForm.STORAGE)), "v0 storage = network");
        String checksumForm = V0_HEAD + "00000000" + "00f1536500000000" + "00";
        assertEquals(checksumForm, h(m.encode(StreamMessageForm.CHECKSUM)));
        assertEquals("8b3723677a790505a9d4e5c055dcf887e6dd7144b7e6d928a5c5ac34765291ba3abbe29985a82f100e6dde95d97b840d8d972c2d54961673f027d1b06833f99a",
                m.checksum().toHex(), "SHA-512 of the checksum form");
        assertEquals(m, StreamMessage.decode(b(network)));
        assertEquals(m, StreamMessage.decode(b(network), StreamMessageForm.STORAGE));
    }

    @Test
    void v0ReceiptFlagIsOptional() throws ProtocolException {
        String withoutFlag = V0_HEAD + "01" + "00" + "01000000ee" + "00f1536500000000";
        StreamMessage m = StreamMessage.decode(b(withoutFlag));
        assertTrue(m.requireRcvConfirmation(), "absent means true");
        assertEquals(withoutFlag + "01", h(m.encode()));
    }

    @Test
    void additionalData() {
        assertEquals(ID16 + "02" + "fd00f15365", h(v1Golden().additionalData()));
        StreamMessage negative = v0Golden().toBuilder().timestamp(-5).type(StreamMessageCode.ERROR).build();
        assertEquals("0102" + "00" + "f80500", h(negative.additionalData()));
        // sender, recipient, version and the receipt flag are not bound
        StreamMessage other = v1Golden().toBuilder().sender(null).recipient(address(A0)).version(7).requireRcvConfirmation(false).build();
        assertArrayEquals(v1Golden().additionalData(), other.additionalData());
    }

    @Test
    void reservedIds() {
        assertEquals(Bytes.of(new byte[] {2}), ReservedMessageId.KEYS.id());
        assertEquals(Optional.of(ReservedMessageId.BOT_GET_GROUPS), ReservedMessageId.of(Bytes.of(new byte[] {14})));
        assertEquals(Optional.empty(), ReservedMessageId.of(Bytes.of(new byte[] {7})));
        assertEquals(Optional.empty(), ReservedMessageId.of(Bytes.of(b(ID16))));
        StreamMessage keys = v1Golden().toBuilder().id(ReservedMessageId.KEYS.id()).build();
        assertTrue(h(keys.encode()).startsWith("01" + "0102"));
    }

    // ---- Ixian TestStreamMessage behaviours (§9.2), strict versions ----

    @Test
    void b01NewVersion0MessageUsesSpixi1() {
        StreamMessage m = StreamMessage.builder(0, CLOCK).build();
        assertEquals(0, m.version());
        assertEquals(EncryptionCode.SPIXI1, m.encryptionType());
        assertEquals(StreamMessageCode.INFO, m.type());
        assertTrue(m.requireRcvConfirmation());
        assertFalse(m.encrypted());
        assertFalse(m.isSigned());
    }

    @Test
    void b02NewVersion1MessageUsesSpixi2() {
        StreamMessage m = StreamMessage.builder(1, CLOCK).build();
        assertEquals(1, m.version());
        assertEquals(EncryptionCode.SPIXI2, m.encryptionType());
        assertEquals(EncryptionCode.SPIXI2, StreamMessage.defaultEncryption(2));
    }

    @Test
    void b03NewMessagesGetDifferentIds() {
        Set<Bytes> ids = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(ids.add(StreamMessage.builder(1, CLOCK).build().id()));
        }
    }

    @Test
    void b04TimestampIsNowInSeconds() {
        long before = Instant.now().getEpochSecond();
        StreamMessage m = StreamMessage.builder(1, InstantSource.system()).build();
        long after = Instant.now().getEpochSecond();
        assertTrue(m.timestamp() >= before && m.timestamp() <= after, m.timestamp() + " not in [" + before + ", " + after + "]");
        assertEquals(T, StreamMessage.builder(1, CLOCK).build().timestamp());
    }

    @Test
    void b05Version0NetworkRoundTripKeepsEverything() throws ProtocolException {
        StreamMessage m = v0Golden().toBuilder().recipient(address(A2)).requireRcvConfirmation(true)
                .signature(Bytes.of(Hex.seq(0, 512))).build();
        StreamMessage back = StreamMessage.decode(m.encode());
        assertEquals(m, back);
        assertEquals(0, back.version());
        assertEquals(StreamMessageCode.INFO, back.type());
        assertEquals(EncryptionCode.RSA, back.encryptionType());
        assertEquals(T, back.timestamp());
        assertTrue(back.requireRcvConfirmation());
        assertTrue(back.encrypted(), "v0 carries the encrypted flag");
        assertEquals(Bytes.of(b("0102")), back.id());
        assertEquals(Bytes.of(b("abcd")), back.data());
        assertEquals(Bytes.of(Hex.seq(0, 512)), back.signature());
        assertEquals(address(A1), back.sender());
        assertEquals(address(A2), back.recipient());
        assertTrue(h(m.encode()).contains("30000000" + A2_WITH_CHECKSUM), "addresses travel with checksum");
    }

    @Test
    void b06Version1StorageRoundTripKeepsEverything() throws ProtocolException {
        StreamMessage m = v1Golden().toBuilder().signature(Bytes.of(Hex.seq(3, 512))).encrypted(true)
                .requireRcvConfirmation(false).build();
        StreamMessage back = StreamMessage.decode(m.encode(StreamMessageForm.STORAGE), StreamMessageForm.STORAGE);
        assertEquals(m, back);
        assertTrue(back.encrypted());
        assertFalse(back.requireRcvConfirmation());
        assertEquals(address(A1), back.sender());
        assertTrue(h(m.encode()).contains("2d" + A1 + "2d" + A2), "addresses travel without checksum");
    }

    @Test
    void b07Version1NullFieldsComeBackEmpty() throws ProtocolException {
        StreamMessage m = StreamMessage.builder(1, CLOCK).id(Bytes.of(b("01"))).data(null).signature(null).build();
        assertEquals("01" + "0101" + "01" + "04" + "00" + "00" + "00" + "fd00f15365" + "00" + "01", h(m.encode()));
        StreamMessage back = StreamMessage.decode(m.encode());
        assertNull(back.sender());
        assertNull(back.recipient());
        assertEquals(Bytes.EMPTY, back.data());
        assertEquals(Bytes.EMPTY, back.signature());
        assertFalse(back.isSigned());
    }

    @Test
    void b08OneMebibyteRoundTrips() throws ProtocolException {
        byte[] big = new byte[1 << 20];
        new SplittableRandom(1).nextBytes(big);
        StreamMessage m = v1Golden().toBuilder().data(Bytes.of(big)).build();
        byte[] enc = m.encode();
        assertEquals("fd00001000", h(Arrays.copyOfRange(enc, 112, 117)), "4-byte varint length");
        assertEquals(m, StreamMessage.decode(enc));
    }

    @Test
    void b09ChecksumIsStable() {
        assertEquals(v1Golden().checksum(), v1Golden().checksum());
        assertEquals(64, v1Golden().checksum().length());
        assertEquals(64, v0Golden().checksum().length());
    }

    @Test
    void b10to12ChecksumCoversDataTimestampAndRecipient() {
        Bytes c = v1Golden().checksum();
        assertNotEquals(c, v1Golden().toBuilder().data(Bytes.of(b("0102030406"))).build().checksum());
        assertNotEquals(c, v1Golden().toBuilder().timestamp(T + 1).build().checksum());
        assertNotEquals(c, v1Golden().toBuilder().recipient(address(A0)).build().checksum());
        assertNotEquals(c, v1Golden().toBuilder().recipient(null).build().checksum());
        Bytes c0 = v0Golden().checksum();
        assertNotEquals(c0, v0Golden().toBuilder().data(Bytes.of(b("abce"))).build().checksum());
        assertNotEquals(c0, v0Golden().toBuilder().timestamp(T + 1).build().checksum());
        assertNotEquals(c0, v0Golden().toBuilder().recipient(address(A2)).build().checksum());
    }

    @Test
    void b24ChecksumIgnoresSignatureAndLocalFlags() {
        Bytes c = v1Golden().checksum();
        assertEquals(c, v1Golden().toBuilder().signature(Bytes.of(b("01020304"))).build().checksum());
        assertEquals(c, v1Golden().toBuilder().encrypted(true).requireRcvConfirmation(false).build().checksum(),
                "v1 does not cover the receipt flag (Ixian TODO)");
        Bytes c0 = v0Golden().checksum();
        assertEquals(c0, v0Golden().toBuilder().signature(Bytes.EMPTY).encrypted(false).build().checksum());
        assertNotEquals(c0, v0Golden().toBuilder().requireRcvConfirmation(true).build().checksum(), "v0 covers the receipt flag");
    }

    @Test
    void b25StorageKeepsTheEncryptedFlag() throws ProtocolException {
        StreamMessage m = v1Golden().toBuilder().encrypted(true).build();
        assertTrue(StreamMessage.decode(m.encode(StreamMessageForm.STORAGE), StreamMessageForm.STORAGE).encrypted());
        assertFalse(StreamMessage.decode(v1Golden().encode(StreamMessageForm.STORAGE), StreamMessageForm.STORAGE).encrypted());
    }

    @Test
    void b26NetworkFormDropsTheEncryptedFlag() throws ProtocolException {
        StreamMessage m = v1Golden().toBuilder().encrypted(true).build();
        assertArrayEquals(v1Golden().encode(), m.encode());
        assertFalse(StreamMessage.decode(m.encode()).encrypted());
        // a storage encoding is not a network encoding (one byte too many) and vice versa
        rejected(StreamMessage::decode, m.encode(StreamMessageForm.STORAGE));
        rejected(b -> StreamMessage.decode(b, StreamMessageForm.STORAGE), m.encode());
    }

    @Test
    void b27RandomBytesAreRejected() {
        SplittableRandom rnd = new SplittableRandom(27);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[1024];
            rnd.nextBytes(junk);
            rejected(StreamMessage::decode, junk);
        }
    }

    @Test
    void b28HalfAMessageIsRejected() {
        byte[] enc = v1Golden().encode();
        rejected(StreamMessage::decode, Arrays.copyOf(enc, enc.length / 2));
        truncationsRejected(StreamMessage::decode, enc);
        byte[] enc0 = v0Golden().encode();
        truncationsRejected(StreamMessage::decode, enc0, Set.of(enc0.length - 1)); // the receipt flag is optional
    }

    @Test
    void b29EmptyInputIsRejected() {
        rejected(StreamMessage::decode, new byte[0]);
    }

    @Test
    void b30CorruptionIsRejectedOrDecodesToWhatIsThere() throws ProtocolException {
        byte[] enc = v1Golden().encode();
        // byte 10 lies inside the id: any value gives a message that differs exactly there
        for (int v = 0; v < 256; v++) {
            byte[] bad = enc.clone();
            bad[10] = (byte) v;
            StreamMessage m = StreamMessage.decode(bad);
            assertEquals(v1Golden().toBuilder().id(Bytes.of(Arrays.copyOfRange(bad, 2, 18))).build(), m);
            assertArrayEquals(bad, m.encode());
        }
        // every byte, every value: a ProtocolException or a message that re-encodes to a stable value
        for (byte[] valid : new byte[][] {enc, v0Golden().encode()}) {
            for (int i = 0; i < valid.length; i++) {
                for (int v = 0; v < 256; v += 7) {
                    byte[] bad = valid.clone();
                    bad[i] = (byte) v;
                    Decoders.check(input -> {
                        StreamMessage m = StreamMessage.decode(input);
                        assertEquals(m, StreamMessage.decode(m.encode()));
                        return m;
                    }, bad);
                }
            }
        }
    }

    @Test
    void b31IdIsNotEmptyOrZero() {
        Bytes id = StreamMessage.builder(1, CLOCK).build().id();
        assertEquals(16, id.length());
        assertFalse(id.contentEquals(new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> v1Golden().toBuilder().id(Bytes.EMPTY).build());
    }

    @Test
    void b33DifferentMessagesHaveDifferentChecksums() {
        assertNotEquals(StreamMessage.builder(1, CLOCK).build().checksum(), StreamMessage.builder(1, CLOCK).build().checksum());
        assertNotEquals(v1Golden().checksum(), v1Golden().toBuilder().type(StreamMessageCode.INFO).build().checksum());
        assertNotEquals(v1Golden().checksum(), v1Golden().toBuilder().encryptionType(EncryptionCode.RSA2).build().checksum());
        assertNotEquals(v1Golden().checksum(), v1Golden().toBuilder().version(2).build().checksum());
    }

    // ---- strictness ----

    @Test
    void strictVersion1Decoding() {
        String tail = "10" + ID16 + "02" + "04" + "2d" + A1 + "2d" + A2 + "05" + "0102030405" + "fd00f15365" + "0001";
        trailingBytesRejected(StreamMessage::decode, b("01" + tail));
        rejected(StreamMessage::decode, b("fc0000" + tail));                            // version 0 in the varint layout
        rejected(StreamMessage::decode, b("fe0000000001000000" + tail));                 // version above 2^31-1
        rejected(StreamMessage::decode, b("01" + "00" + tail.substring(2 + 32)));        // empty id
        rejected(StreamMessage::decode, b("01" + tail.replace(ID16 + "02", ID16 + "03"))); // unknown type
        rejected(StreamMessage::decode, b("01" + tail.replace(ID16 + "0204", ID16 + "0205"))); // unknown encryption
        rejected(StreamMessage::decode, b("01" + tail.replace("2d" + A1, "30" + A1_WITH_CHECKSUM))); // checksum form
        rejected(StreamMessage::decode, b("01" + tail.replace("2d" + A1, "01" + "01")));          // 1-byte address
        rejected(StreamMessage::decode, b("01" + tail.replace("fd00f15365", "feffffffffffffffff"))); // timestamp ≥ 2^63
        rejected(StreamMessage::decode, b("01" + tail.replace("fd00f15365", "f80100")));         // signed timestamp
        rejected(StreamMessage::decode, b("01" + "41" + "00".repeat(65) + tail.substring(2 + 32))); // id of 65 bytes
        rejected(StreamMessage::decode, b("01" + tail.replace("050102030405", "fe0000000001000000")));  // absurd data length
        rejected(StreamMessage::decode, b("01" + tail.replace("0001", "fd01040000" + "00".repeat(1025) + "01")));  // signature > 1024
        // 33-byte v0 addresses are fine in the varint layout
        StreamMessage v0sender = v1Golden().toBuilder().sender(address(A0)).build();
        assertTrue(Decoders.check(StreamMessage::decode, v0sender.encode()));
    }

    @Test
    void strictVersion0Decoding() {
        String sigTail = "01" + "00" + "01000000ee" + "00f1536500000000" + "00";
        trailingBytesRejected(StreamMessage::decode, b(V0_HEAD + sigTail));
        rejected(StreamMessage::decode, b("00010000" + V0_HEAD.substring(8) + sigTail));                // version 256 in the v0 layout
        rejected(StreamMessage::decode, b(V0_HEAD.replace("30000000" + A1_WITH_CHECKSUM, "2d000000" + A1) + sigTail)); // no checksum
        rejected(StreamMessage::decode, b(V0_HEAD.replace("19d481", "19d482") + sigTail));             // wrong checksum
        rejected(StreamMessage::decode, b(V0_HEAD.replace("0102" + "01000000", "0102" + "03000000") + sigTail)); // unknown type
        rejected(StreamMessage::decode, b(V0_HEAD.substring(0, V0_HEAD.length() - 16) + "01000000ff" + "00000000" + sigTail)); // transaction
        rejected(StreamMessage::decode, b(V0_HEAD.substring(0, V0_HEAD.length() - 8) + "ffffffff" + sigTail)); // negative sigdata length
        rejected(StreamMessage::decode, b(V0_HEAD.replace("02000000abcd", "ffffff7fabcd") + sigTail));  // data length 2^31-1
    }

    @Test
    void constructorChecks() {
        assertThrows(IllegalArgumentException.class, () -> v1Golden().toBuilder().timestamp(-1).build());
        assertThrows(IllegalArgumentException.class, () -> v1Golden().toBuilder().version(-1).build());
        assertThrows(IllegalArgumentException.class, () -> v1Golden().toBuilder().id(Bytes.of(new byte[65])).build());
        assertThrows(IllegalArgumentException.class, () -> v1Golden().toBuilder().signature(Bytes.of(new byte[1025])).build());
        assertThrows(IllegalArgumentException.class, () -> StreamMessage.decode(v1Golden().encode(), StreamMessageForm.CHECKSUM));
        assertEquals(-1, v0Golden().toBuilder().timestamp(-1).build().timestamp(), "v0 timestamps are int64");
    }

    @Test
    void randomRoundTrips() throws ProtocolException {
        SplittableRandom rnd = new SplittableRandom(31);
        Address[] addresses = {null, address(A0), address(A1), address(A2)};
        for (int i = 0; i < 400; i++) {
            int version = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : Integer.MAX_VALUE);
            StreamMessage m = new StreamMessage(version, RandomValues.bytes(rnd, 1, 64),
                    StreamMessageCode.values()[rnd.nextInt(3)], EncryptionCode.values()[rnd.nextInt(5)],
                    addresses[rnd.nextInt(4)], addresses[rnd.nextInt(4)], RandomValues.bytes(rnd, 0, 3000),
                    version == 0 ? rnd.nextLong() : rnd.nextLong() >>> 1, RandomValues.bytes(rnd, 0, 1024),
                    rnd.nextBoolean(), rnd.nextBoolean());
            StreamMessage storage = StreamMessage.decode(m.encode(StreamMessageForm.STORAGE), StreamMessageForm.STORAGE);
            assertEquals(m, storage);
            StreamMessage network = StreamMessage.decode(m.encode());
            assertEquals(version == 0 ? m : m.toBuilder().encrypted(false).build(), network);
            assertArrayEquals(m.encode(), network.encode());
        }
    }
}
