package io.linnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.chat.wire.ChatPayload;
import io.linnet.chat.wire.EditPayload;
import io.linnet.chat.wire.ReplyPayload;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.testutil.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payloads of Linnet's own SpixiMessage types (edit, quoting chat, ordered chat): stable or a ProtocolException. */
class LinnetWireFuzzTest {
    static final Decoders.Decoder EDIT = SpixiFuzzTest.stable(EditPayload::decode, EditPayload::encode);
    static final Decoders.Decoder REPLY = SpixiFuzzTest.stable(ReplyPayload::decode, ReplyPayload::encode);
    static final Decoders.Decoder CHAT = SpixiFuzzTest.stable(ChatPayload::decode, ChatPayload::encode);

    @FuzzTest(maxDuration = "10s")
    void linnetPayloads(byte[] input) {
        Decoders.check(EDIT, input);
        Decoders.check(REPLY, input);
        Decoders.check(CHAT, input);
    }

    @Test
    void mutatedLinnetPayloads() {
        Bytes id = Bytes.of(Hex.seq(0, 16));
        assertTrue(Decoders.checkMutants(EDIT, List.of(new EditPayload(id, "new text").encode(),
                new EditPayload(id, "timed", 1_767_225_600_123L).encode()), 3000, 40) > 0);
        assertTrue(Decoders.checkMutants(REPLY, List.of(new ReplyPayload(id, "quoting").encode()), 3000, 41) > 0);
        assertTrue(Decoders.checkMutants(CHAT, List.of(new ChatPayload(1_767_225_600_123L, id, "hi").encode(),
                new ChatPayload(1_767_225_600_124L, Bytes.EMPTY, "").encode()), 3000, 42) > 0);
    }

    @Test
    void editLayoutWithAndWithoutTheTime() throws ProtocolException {
        Bytes id = Bytes.of(new byte[] {7});
        byte[] old = java.util.HexFormat.of().parseHex("0107" + "0178");
        assertEquals(new EditPayload(id, "x"), EditPayload.decode(old));
        assertEquals(EditPayload.NO_TIME, EditPayload.decode(old).editedAtMillis());
        byte[] timed = new EditPayload(id, "x", 0x0102L).encode();
        assertEquals("0107" + "0178" + "0201000000000000", java.util.HexFormat.of().formatHex(timed));
        assertEquals(0x0102L, EditPayload.decode(timed).editedAtMillis());
        byte[] explicitNoTime = java.util.HexFormat.of().parseHex("0107" + "0178" + "ffffffffffffffff");
        assertThrows(ProtocolException.class, () -> EditPayload.decode(explicitNoTime));
        byte[] shortTime = java.util.HexFormat.of().parseHex("0107" + "0178" + "0102");
        assertThrows(ProtocolException.class, () -> EditPayload.decode(shortTime));
    }

    @Test
    void orderedChatLayout() throws ProtocolException {
        byte[] wire = new ChatPayload(0x0102030405L, Bytes.of(new byte[] {9, 8}), "é").encode();
        assertEquals("0504030201000000" + "020908" + "02c3a9", java.util.HexFormat.of().formatHex(wire));
        assertEquals(new ChatPayload(0x0102030405L, Bytes.of(new byte[] {9, 8}), "é"), ChatPayload.decode(wire));
        byte[] negative = java.util.HexFormat.of().parseHex("ffffffffffffffff" + "00" + "00");
        assertThrows(ProtocolException.class, () -> ChatPayload.decode(negative));
        byte[] trailing = java.util.HexFormat.of().parseHex("0100000000000000" + "00" + "00" + "00");
        assertThrows(ProtocolException.class, () -> ChatPayload.decode(trailing));
    }
}
