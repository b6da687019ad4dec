package io.linnet.s2.message;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.S2Fixtures;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every modelled message survives encode → frame → decode, and refuses malformed payloads. */
class MessageRoundTripTest {
    static final byte[] KEY = S2Fixtures.fakePublicKey("rt");
    static final Address WALLET = S2Fixtures.addressOf(KEY);

    static void roundTrip(S2Message m) throws ProtocolException {
        assertEquals(m, Messages.decode(m.toFrame()));
        assertEquals(m.code(), m.toFrame().code());
    }

    static Presence relayPresence(String tag) {
        byte[] key = S2Fixtures.fakePublicKey(tag);
        return S2Fixtures.presence(key, List.of(S2Fixtures.signedEntry(key, "IxiReg", new byte[] {1}, "127.0.0.1:10235",
                NodeType.RELAY, 1760000000L)));
    }

    static KeepAlive keepAlive(int device) {
        return new KeepAlive(WALLET, seq(device, 16), 1760000000L, "127.0.0.1:10235", NodeType.CLIENT, null, seq(0, 512));
    }

    @Test
    void sectorNodes() throws ProtocolException {
        SectorNodes s = SectorNodes.of(WALLET.sectorPrefix(), List.of(relayPresence("r1"), relayPresence("r2")));
        roundTrip(s);
        assertEquals(List.of(relayPresence("r1"), relayPresence("r2")), SectorNodes.decode(s.encode()).presences());
        // a malformed relay entry is skipped on its own
        byte[] mixed = new IxiWriter().ixiBytes(WALLET.sectorPrefix()).varUInt(2).ixiBytes(b("0102"))
                .ixiBytes(relayPresence("r1").encode()).toByteArray();
        assertEquals(List.of(relayPresence("r1")), SectorNodes.decode(mixed).presences());
        roundTrip(SectorNodes.of(WALLET.sectorPrefix(), List.of()));
        assertThrows(ProtocolException.class, () -> SectorNodes.decode(b("00")));
        assertThrows(ProtocolException.class, () -> SectorNodes.decode(b("0101" + "05")), "count beyond data");
    }

    @Test
    void getSectorNodesLimits() throws ProtocolException {
        GetSectorNodes g = new GetSectorNodes(seq(0, 10), 100);
        roundTrip(g);
        assertEquals(20, g.cappedCount());
        assertEquals(6, new GetSectorNodes(seq(0, 10), 6).cappedCount());
        assertThrows(ProtocolException.class, () -> GetSectorNodes.decode(b("0006")), "empty prefix");
        assertThrows(ProtocolException.class, () -> GetSectorNodes.decode(b("0a" + h(seq(0, 10)))), "no count");
        assertThrows(ProtocolException.class, () -> GetSectorNodes.decode(b("0a" + h(seq(0, 10)) + "0600")));
        assertThrows(ProtocolException.class, () -> GetSectorNodes.decode(b("41" + h(seq(0, 65)) + "06")));
        assertThrows(ProtocolException.class, () -> GetSectorNodes.decode(b("0a" + h(seq(0, 10)) + "fe0000000001000000")));
    }

    @Test
    void presenceAndKeepAliveMessages() throws ProtocolException {
        roundTrip(new UpdatePresence(relayPresence("u")));
        roundTrip(new KeepAlivePresence(keepAlive(0)));
        Presence eleven = S2Fixtures.presence(KEY, java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> new PresenceAddress(seq(i, 4), "h:1", NodeType.CLIENT, "v", 1, null, null)).toList());
        assertThrows(IllegalStateException.class, () -> new UpdatePresence(eleven).encode());
        assertEquals(11, UpdatePresence.decode(eleven.encode()).presence().addresses().size());
    }

    @Test
    void getKeepAlives() throws ProtocolException {
        GetKeepAlives g = new GetKeepAlives(List.of(new KeepAliveRef(WALLET, seq(0, 16)), new KeepAliveRef(WALLET, seq(1, 1))));
        roundTrip(g);
        assertEquals("02" + "2d" + h(WALLET.noChecksum()) + "10" + h(seq(0, 16)), h(g.encode()).substring(0, 2 + 92 + 34));
        // fewer entries than announced: read what is there
        byte[] short1 = new IxiWriter().varUInt(3).ixiBytes(WALLET.withChecksum()).ixiBytes(seq(0, 2)).toByteArray();
        assertEquals(List.of(new KeepAliveRef(WALLET, seq(0, 2))), GetKeepAlives.decode(short1).refs());
        assertThrows(ProtocolException.class, () -> GetKeepAlives.decode(b("fcf501")), "501 entries");
        assertThrows(IllegalArgumentException.class, () -> new GetKeepAlives(java.util.Collections.nCopies(501,
                new KeepAliveRef(WALLET, seq(0, 1)))));
    }

    @Test
    void keepAlivesChunk() throws ProtocolException {
        KeepAlivesChunk c = KeepAlivesChunk.of(List.of(keepAlive(0), keepAlive(1)));
        roundTrip(c);
        assertEquals(List.of(keepAlive(0), keepAlive(1)), c.keepAlives());
        // Ixian-Core announces the requested count but skips unknown entries
        byte[] fewer = new IxiWriter().varUInt(5).ixiBytes(keepAlive(2).encode()).ixiBytes(b("01")).toByteArray();
        KeepAlivesChunk read = KeepAlivesChunk.decode(fewer);
        assertEquals(2, read.encodedKeepAlives().size());
        assertEquals(List.of(keepAlive(2)), read.keepAlives(), "the undecodable entry is skipped");
        assertThrows(ProtocolException.class, () -> KeepAlivesChunk.decode(b("fcf501")));
        assertThrows(ProtocolException.class, () -> KeepAlivesChunk.decode(b("0103010203ff")), "trailing byte");
    }

    @Test
    void inventory() throws ProtocolException {
        InventoryItem.KeepAliveItem t3 = new InventoryItem.KeepAliveItem(seq(0, 44), 1760000000L, WALLET, seq(0, 16));
        InventoryItem.KeepAlive2Item t5 = new InventoryItem.KeepAlive2Item(1760000000L, WALLET, seq(0, 16));
        InventoryItem.OtherItem tx = new InventoryItem.OtherItem(0, b("00" + "20" + h(seq(0, 32))));
        Inventory2 inv = new Inventory2(List.of(t3, t5, tx));
        roundTrip(inv);
        assertEquals("05" + "fd0078e768" + "2d" + h(WALLET.noChecksum()) + "10" + h(seq(0, 16)), h(t5.encode()));
        assertEquals("03" + "2c" + h(seq(0, 44)) + "fd0078e768" + "2d", h(t3.encode()).substring(0, 2 + 90 + 10 + 2));
        assertEquals("0000000068e77800" + h(WALLET.noChecksum()) + h(seq(0, 16)), h(t5.id()));
        assertEquals(List.of(t3.ref(), t5.ref()), inv.keepAliveRefs());
        byte[] withChecksum = new IxiWriter().varInt(5).varInt(7).ixiBytes(WALLET.withChecksum()).ixiBytes(seq(0, 2)).toByteArray();
        assertEquals(new InventoryItem.KeepAlive2Item(7, WALLET, seq(0, 2)), InventoryItem.decode(withChecksum));
        assertThrows(ProtocolException.class, () -> InventoryItem.decode(new IxiWriter().raw(t5.encode()).u8(0).toByteArray()));
        assertThrows(ProtocolException.class, () -> InventoryItem.decode(new byte[193]));
        assertThrows(ProtocolException.class, () -> Inventory2.decode(b("0100")), "empty item");
        assertThrows(ProtocolException.class, () -> Inventory2.decode(b("01020501")), "truncated type 5");
    }

    @Test
    void byeAndOthers() throws ProtocolException {
        roundTrip(new Bye(ByeReason.INCORRECT_IP, "Verify signature failed", "1.2.3.4"));
        roundTrip(new Bye(12345, "", ""));
        assertEquals(java.util.Optional.empty(), new Bye(12345, "", "").reason());
        assertThrows(ProtocolException.class, () -> Bye.decode(b("c8000000036279")));
        assertThrows(ProtocolException.class, () -> Bye.decode(b("c800000003627965000000")));
        Frame block = new Frame(MessageCode.BLOCK_DATA2, seq(0, 10));
        S2Message other = Messages.decode(block);
        assertInstanceOf(OtherMessage.class, other);
        assertEquals(block, other.toFrame());
        assertEquals(block, Messages.decode(new Frame(MessageCode.of(999), seq(0, 1))).toFrame().code().equals(
                MessageCode.of(999)) ? block : null);
    }

    /** A v1 StreamMessage head: version, id, type, encryption, sender, recipient, then whatever. */
    static byte[] v1Message(int type, Address from, Address to) {
        return new IxiWriter().varUInt(1).ixiBytes(seq(0, 16)).varUInt(type).varUInt(4).ixiBytes(from.noChecksum())
                .ixiBytes(to.noChecksum()).ixiBytes(seq(0, 40)).varInt(1760000000L).u8(0).u8(1).toByteArray();
    }

    /** A v0 StreamMessage head: int32 fields and addresses with checksum. */
    static byte[] v0Message(int type, Address from, Address to) {
        return new IxiWriter().int32(0).int32Bytes(seq(5, 16)).int32(type).int32(0).int32Bytes(from.withChecksum())
                .int32Bytes(to.withChecksum()).int32Bytes(seq(0, 16)).int32(0).int32(0).u8(0).u8(0).int32(0)
                .int64(1760000000L).u8(1).toByteArray();
    }

    @Test
    void s2dataKeepsBytesAndPeeksBothLayouts() throws ProtocolException {
        Address other = S2Fixtures.addressOf(S2Fixtures.fakePublicKey("other"));
        byte[] v1 = v1Message(StreamHeader.TYPE_DATA, WALLET, other);
        S2Data d = S2Data.decode(v1);
        roundTrip(d);
        StreamHeader hd = d.header();
        assertEquals(1, hd.version());
        assertEquals(h(seq(0, 16)), h(hd.id()));
        assertEquals(StreamHeader.TYPE_DATA, hd.type());
        assertEquals(4, hd.encryptionType());
        assertEquals(WALLET, hd.sender().orElseThrow());
        assertEquals(other, hd.recipient().orElseThrow());
        assertTrue(!hd.isError());

        byte[] framed = new byte[v1.length + 20];
        System.arraycopy(v1, 0, framed, 12, v1.length);
        assertEquals(hd, StreamHeader.peek(framed, 12, v1.length), "read in place, e.g. inside a received frame");
        assertEquals(hd, d.toFrame().readPayload(StreamHeader::peek));
        assertThrows(ProtocolException.class, () -> StreamHeader.peek(framed, 12, 20), "the slice ends early");

        StreamHeader err = StreamHeader.peek(v0Message(StreamHeader.TYPE_ERROR, other, WALLET));
        assertEquals(0, err.version());
        assertTrue(err.isError());
        assertEquals(h(seq(5, 16)), h(err.id()));
        assertEquals(other, err.sender().orElseThrow());
        assertEquals(WALLET, err.recipient().orElseThrow());

        assertThrows(ProtocolException.class, () -> S2Data.decode(new byte[0]));
        assertThrows(ProtocolException.class, () -> S2Data.decode(b("01")));
        assertThrows(ProtocolException.class, () -> S2Data.decode(b("0000000001000000")));
        byte[] badSender = v1Message(1, WALLET, other);
        badSender[1 + 1 + 16 + 2 + 1 + 5] ^= 1;
        assertTrue(S2Data.decode(badSender).header().sender().isPresent(), "no-checksum form has nothing to check");
        byte[] badV0 = v0Message(0, other, WALLET);
        badV0[4 + 4 + 16 + 4 + 4 + 4 + 47] ^= 1;
        assertThrows(ProtocolException.class, () -> StreamHeader.peek(badV0), "v0 checksum");
    }
}
