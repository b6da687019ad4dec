package io.linnet.s2.message;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.FrameDecoder;
import io.linnet.s2.wire.FrameEncoder;
import io.linnet.s2.wire.WireEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four frames of ixian-network-presence.md §8, built from messages and read back. */
class MessageVectorsTest {

    static Address seed1() throws ProtocolException {
        return Address.parse("1AAF8ZagTw6UqiQPUoiKjmoAN45jvR8tdmSmeev4uNzq45QWB");
    }

    static void assertFrame(S2Message m, String frameHex) throws ProtocolException {
        assertEquals(frameHex, h(FrameEncoder.encode(m.toFrame())));
        List<WireEvent> events = new FrameDecoder().feed(b(frameHex));
        assertEquals(1, events.size());
        assertEquals(m, Messages.decode(((WireEvent.FrameReceived) events.get(0)).frame()));
    }

    @Test
    void getSectorNodesForSeed1() throws ProtocolException {
        GetSectorNodes m = GetSectorNodes.forAddress(seed1(), 6);
        assertEquals("0a34d6e57b492ceffe63e406", h(m.encode()));
        assertFrame(m, "ea12000c00000073a86bbe850a34d6e57b492ceffe63e406");
    }

    @Test
    void getPresence2ForSeed1() throws ProtocolException {
        assertFrame(new GetPresence2(seed1()),
                "ea240022000000f96323042e21005bcbb6dab12fed855a3bc40e5b0c48eff9212a251a276e673ce7dcd2bcb4c97e");
        // the with-checksum form is read too, and written back without checksum
        byte[] withChecksum = new io.linnet.ixian.codec.IxiWriter().ixiBytes(seed1().withChecksum()).toByteArray();
        assertEquals(new GetPresence2(seed1()), GetPresence2.decode(withChecksum));
    }

    @Test
    void byeNormal() throws ProtocolException {
        Bye bye = new Bye(ByeReason.BYE, "bye", "");
        assertFrame(bye, "ea0200090000001a08cce9a9c80000000362796500");
        assertEquals(java.util.Optional.of(ByeReason.BYE), bye.reason());
    }

    @Test
    void getRandomRelayPresences() throws ProtocolException {
        assertFrame(new GetRandomPresences(NodeType.RELAY), "ea30000100000075f963e2a952");
        assertThrows(ProtocolException.class, () -> GetRandomPresences.decode(b("5252")));
        assertThrows(ProtocolException.class, () -> GetRandomPresences.decode(b("5a")));
        assertThrows(ProtocolException.class, () -> GetRandomPresences.decode(new byte[0]));
    }
}
