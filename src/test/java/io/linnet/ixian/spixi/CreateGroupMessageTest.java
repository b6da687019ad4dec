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
import static io.linnet.testutil.TestAddresses.G2;
import static io.linnet.testutil.TestAddresses.GROUP_RANDOM_ID;
import static io.linnet.testutil.TestAddresses.address;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.testutil.Hex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** createGroup (spec §3.5, §6.2, §6.5, §10-3, §10-4, §10-5). */
class CreateGroupMessageTest {
    private static final Bytes RANDOM_ID = Bytes.of(b(GROUP_RANDOM_ID));

    private static SequencedMap<Address, String> aliceAndBob() {
        SequencedMap<Address, String> p = new LinkedHashMap<>();
        p.put(address(A1), "alice");
        p.put(address(A2), "");
        return p;
    }

    @Test
    void standardModeGoldenBytes() throws ProtocolException {
        CreateGroupMessage m = CreateGroupMessage.create(RANDOM_ID, "G", false, aliceAndBob());
        String expected = "10" + GROUP_RANDOM_ID + "0147" + "00" + "02"
                + "2d" + A1 + "05616c696365"
                + "2d" + A2 + "00"
                + "00";
        assertEquals(expected, h(m.encode()));
        // 0 channels, standard mode: byte-exact round trip (as in Ixian)
        CreateGroupMessage back = CreateGroupMessage.decode(b(expected));
        assertEquals(m, back);
        assertEquals(expected, h(back.encode()));
        assertEquals(List.of(address(A1), address(A2)), back.participants().stream().map(GroupParticipant::address).toList());
        assertEquals("alice", back.participants().get(0).nick());
        assertEquals("", back.participants().get(1).nick());
    }

    @Test
    void privacyModeWritesDerivedAddresses() throws ProtocolException {
        CreateGroupMessage m = CreateGroupMessage.create(RANDOM_ID, "G", true, aliceAndBob());
        // the published group-address vectors: derive(V-A1, 00..0f) = V-G1, derive(V-A2, 00..0f) = V-G2
        String expected = "10" + GROUP_RANDOM_ID + "0147" + "01" + "02"
                + "2d" + G1 + "05616c696365"
                + "2d" + G2 + "00"
                + "00";
        assertEquals(expected, h(m.encode()));
        assertArrayEquals(GroupAddress.derive(address(A1), RANDOM_ID.toByteArray()).noChecksum(),
                m.participants().get(0).id().toByteArray());
        assertArrayEquals(GroupAddress.derive(address(A2), RANDOM_ID.toByteArray()).noChecksum(),
                m.participants().get(1).id().toByteArray());
        // decode yields the wire (virtual) addresses, and re-encoding does not derive again
        CreateGroupMessage back = CreateGroupMessage.decode(b(expected));
        assertTrue(back.hideParticipantAddresses());
        assertEquals(address(G1), back.participants().get(0).address());
        assertEquals(expected, h(back.encode()));
    }

    @Test
    void participantWithPublicKeyIsWrittenAsItsKey() throws ProtocolException {
        byte[] key = new byte[528];
        key[0] = 1;
        for (int i = 1; i < key.length; i++) {
            key[i] = (byte) i;
        }
        Address withKey = Address.fromPublicKey(key);
        SequencedMap<Address, String> p = new LinkedHashMap<>();
        p.put(withKey, "k");
        CreateGroupMessage m = CreateGroupMessage.create(RANDOM_ID, "G", false, p);
        assertTrue(h(m.encode()).contains("fc1002" + h(key)));
        CreateGroupMessage back = CreateGroupMessage.decode(m.encode());
        assertEquals(withKey, back.participants().get(0).address());
        assertArrayEquals(m.encode(), back.encode());
        // the same participant given without its key is written as the 45-byte address
        p.clear();
        p.put(withKey.withoutPublicKey(), "k");
        assertEquals(45, CreateGroupMessage.create(RANDOM_ID, "G", false, p).participants().get(0).id().length());
        // privacy mode always writes the 45-byte virtual address
        p.clear();
        p.put(withKey, "k");
        assertEquals(GroupAddress.derive(withKey, RANDOM_ID.toByteArray()),
                CreateGroupMessage.create(RANDOM_ID, "G", true, p).participants().get(0).address());
    }

    @Test
    void participantFormsIxianAccepts() throws ProtocolException {
        // with checksum (36/48 bytes) and v0 (33 bytes) are accepted and kept byte for byte
        String body = "10" + GROUP_RANDOM_ID + "0147" + "00" + "02" + "30" + A1_WITH_CHECKSUM + "00" + "21" + A0 + "00" + "00";
        CreateGroupMessage m = CreateGroupMessage.decode(b(body));
        assertEquals(address(A1), m.participants().get(0).address());
        assertEquals(address(A0), m.participants().get(1).address());
        assertEquals(body, h(m.encode()));
        // a wrong checksum, a 40-byte id or an unknown key version are not
        rejected(CreateGroupMessage::decode, b(body.replace("19d481", "19d482")));
        rejected(CreateGroupMessage::decode, b("10" + GROUP_RANDOM_ID + "0147" + "00" + "01" + "28" + "00".repeat(40) + "00" + "00"));
        rejected(CreateGroupMessage::decode, b("10" + GROUP_RANDOM_ID + "0147" + "00" + "01" + "31" + "07" + "00".repeat(48) + "00" + "00"));
    }

    @Test
    void participantCap() throws ProtocolException {
        SequencedMap<Address, String> eleven = participants(11);
        assertThrows(IllegalArgumentException.class, () -> CreateGroupMessage.create(RANDOM_ID, "G", false, eleven));
        CreateGroupMessage big = CreateGroupMessage.create(RANDOM_ID, "G", false, eleven, List.of(),
                CreateGroupMessage.LINNET_MAX_PARTICIPANTS);
        rejected(CreateGroupMessage::decode, big.encode()); // Spixi's limit of 10 is the default
        assertEquals(big, CreateGroupMessage.decode(big.encode(), CreateGroupMessage.LINNET_MAX_PARTICIPANTS));
        assertEquals(10, CreateGroupMessage.decode(
                CreateGroupMessage.create(RANDOM_ID, "G", false, participants(10)).encode()).participants().size());

        // counts of 248 and more need the 3-byte varint, which Ixian's writer gets wrong (§10-4)
        CreateGroupMessage many = CreateGroupMessage.create(RANDOM_ID, "G", true, participants(250), List.of(), 499);
        byte[] enc = many.encode();
        assertEquals("fcfa00", h(enc).substring(2 * (1 + 16 + 2 + 1), 2 * (1 + 16 + 2 + 1 + 3)));
        assertEquals(many, CreateGroupMessage.decode(enc, 499));
        rejected(b -> CreateGroupMessage.decode(b, 249), enc);
        assertThrows(IllegalArgumentException.class, () -> CreateGroupMessage.decode(enc, 500));
        assertThrows(IllegalArgumentException.class, () -> CreateGroupMessage.create(RANDOM_ID, "G", false, participants(500), List.of(), 499));
    }

    @Test
    void channelsUseIxiBytes() throws ProtocolException {
        List<GroupChannel> channels = List.of(new GroupChannel("news", new BotChannel(1, "news")));
        CreateGroupMessage m = CreateGroupMessage.create(RANDOM_ID, "G", false, new LinkedHashMap<>(), channels, 10);
        String expected = "10" + GROUP_RANDOM_ID + "0147" + "00" + "00" + "01" + "046e657773" + "09" + "01000000046e657773";
        assertEquals(expected, h(m.encode()));
        assertEquals(m, CreateGroupMessage.decode(m.encode()));
        // Ixian-Core's writer form (BotChannel without a length prefix) cannot be read, by Ixian or by us
        rejected(CreateGroupMessage::decode, b("10" + GROUP_RANDOM_ID + "0147" + "00" + "00" + "01" + "046e657773" + "01000000046e657773"));
        // more than 10 channels
        IxiWriter w = new IxiWriter().ixiBytes(RANDOM_ID.toByteArray()).ixiBytes(b("47")).u8(0).u8(0).u8(11);
        for (int i = 0; i < 11; i++) {
            w.ixiBytes(new byte[] {(byte) ('a' + i)}).ixiBytes(new BotChannel(i + 1, "x").encode());
        }
        rejected(CreateGroupMessage::decode, w.toByteArray());
    }

    @Test
    void malformedInput() {
        byte[] valid = CreateGroupMessage.create(RANDOM_ID, "G", false, aliceAndBob(),
                List.of(new GroupChannel("n", new BotChannel(1, "n"))), 10).encode();
        truncationsRejected(CreateGroupMessage::decode, valid);
        trailingBytesRejected(CreateGroupMessage::decode, valid);
        String head = "10" + GROUP_RANDOM_ID;
        rejected(CreateGroupMessage::decode, b("00" + "0147" + "00" + "00" + "00"));           // empty random id
        rejected(CreateGroupMessage::decode, b(head + "00" + "00" + "00" + "00"));             // empty name: Ixian throws
        rejected(CreateGroupMessage::decode, b(head + "02c328" + "00" + "00" + "00"));         // invalid UTF-8 name
        rejected(CreateGroupMessage::decode, b(head + "0147" + "00" + "02" + "2d" + A1 + "00" + "2d" + A1 + "00" + "00")); // twice
        rejected(CreateGroupMessage::decode, b(head + "0147" + "00" + "01" + "00" + "00" + "00")); // empty participant
        rejected(CreateGroupMessage::decode, b(head + "0147" + "00" + "00" + "01" + "00" + "00"));  // empty channel name
        rejected(CreateGroupMessage::decode, b(head + "0147" + "00" + "00" + "01" + "016e" + "00")); // empty channel
        rejected(CreateGroupMessage::decode, b(head + "0147" + "00" + "fdffffffff"));          // absurd count
        rejected(CreateGroupMessage::decode, b(head + "0147" + "00" + "f801"));                // signed count
    }

    @Test
    void nonZeroModeByteMeansPrivacy() throws ProtocolException {
        String wire = "10" + GROUP_RANDOM_ID + "0147" + "05" + "00" + "00";
        CreateGroupMessage m = CreateGroupMessage.decode(b(wire));
        assertTrue(m.hideParticipantAddresses());
        assertEquals("10" + GROUP_RANDOM_ID + "0147" + "01" + "00" + "00", h(m.encode()));
        assertFalse(CreateGroupMessage.decode(b(wire.replace("014705", "014700"))).hideParticipantAddresses());
    }

    @Test
    void randomRoundTrips() throws ProtocolException {
        SplittableRandom rnd = new SplittableRandom(19);
        for (int i = 0; i < 100; i++) {
            byte[] rid = new byte[1 + rnd.nextInt(64)];
            rnd.nextBytes(rid);
            CreateGroupMessage m = CreateGroupMessage.create(Bytes.of(rid), "g" + i, rnd.nextBoolean(),
                    participants(rnd.nextInt(30)), List.of(), 499);
            assertEquals(m, CreateGroupMessage.decode(m.encode(), 499));
        }
    }

    /** {@code n} distinct version 1 addresses with nicks. */
    private static SequencedMap<Address, String> participants(int n) {
        SequencedMap<Address, String> p = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byte[] a = Hex.seq(i, 45);
            a[0] = 1;
            a[1] = (byte) (i >> 8);
            a[2] = (byte) i;
            p.put(address(h(a)), "member " + i);
        }
        return p;
    }
}
