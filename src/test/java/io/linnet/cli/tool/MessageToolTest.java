package io.linnet.cli.tool;

import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.testutil.Hex;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** tool encode / decode / checksum for SpixiMessage, createGroup, reaction and StreamMessage. */
class MessageToolTest {
    static final String A1 = AddressToolTest.A1_B58;
    static final String A2 = "6BnrZt5Kw1DS1ndw1j3DK9754khmeRZ5UekAzT5h8Cy4NNwDbTetjDE8XGnostTvT";
    static final String RID = "000102030405060708090a0b0c0d0e0f";

    @Test
    void spixiMessageRoundTrip() throws Exception {
        String json = "{\"type\":0,\"data\":\"68656c6c6f\",\"channel\":0,\"groupAddress\":null,\"groupSenderAddress\":null}";
        String hex = ToolRunner.tool("encode", "spixi-message", json).json().get("hex").asText();
        assertEquals("00000000" + "05000000" + "68656c6c6f" + "00000000" + "00" + "00", hex);
        JsonNode back = ToolRunner.tool("decode", "spixi-message", hex).json();
        assertEquals(List.of("type", "data", "channel", "groupAddress", "groupSenderAddress"), AddressToolTest.iterate(back));
        assertEquals(0, back.get("type").asInt());
        assertEquals("68656c6c6f", back.get("data").asText());
        assertTrue(back.get("groupAddress").isNull());

        Address group = GroupAddress.derive(Address.parse(A1), Hex.b(RID));
        String grouped = "{\"type\":34,\"data\":\"01\",\"channel\":0,\"groupAddress\":\"" + group
                + "\",\"groupSenderAddress\":\"" + h(Address.parse(A2).noChecksum()) + "\"}";
        JsonNode g = ToolRunner.tool("decode", "spixi-message",
                ToolRunner.tool("encode", "spixi-message", grouped).json().get("hex").asText()).json();
        assertEquals(h(group.noChecksum()), g.get("groupAddress").asText());
        assertEquals(h(Address.parse(A2).noChecksum()), g.get("groupSenderAddress").asText());
        assertEquals(34, g.get("type").asInt());
    }

    @Test
    void createGroupStandardAndPrivacyMode() throws Exception {
        String participants = "\"participants\":[{\"address\":\"" + A1 + "\",\"nick\":\"alice\"},{\"address\":\"" + A2 + "\",\"nick\":\"\"}]";
        String standard = "{\"randomId\":\"" + RID + "\",\"groupName\":\"Book club\",\"hideParticipantAddresses\":false,"
                + participants + ",\"channels\":[]}";
        JsonNode s = ToolRunner.tool("decode", "create-group",
                ToolRunner.tool("encode", "create-group", standard).json().get("hex").asText()).json();
        assertEquals("Book club", s.get("groupName").asText());
        assertEquals(h(Address.parse(A1).noChecksum()), s.get("participants").get(0).get("address").asText());
        assertEquals("alice", s.get("participants").get(0).get("nick").asText());

        String privacy = standard.replace("\"hideParticipantAddresses\":false", "\"hideParticipantAddresses\":true");
        JsonNode p = ToolRunner.tool("decode", "create-group",
                ToolRunner.tool("encode", "create-group", privacy).json().get("hex").asText()).json();
        assertTrue(p.get("hideParticipantAddresses").asBoolean());
        // V-G1 and V-G2 of ixian-primitives.md §11.6: the participants appear under their virtual addresses
        assertEquals("014ac134d023d823f3af70fc6b028d785f08d3e3d73abc60ad270387866ea18ae4e2506a37a195b8e38ca2ad99",
                p.get("participants").get(0).get("address").asText());
        assertEquals("01504be54c1c58a1b0649276558d4943b2cf42e399a8c82494ffe4b1d2d40740f9a00d994fa7ff7b361822678d",
                p.get("participants").get(1).get("address").asText());
    }

    @Test
    void reaction() {
        String hex = ToolRunner.tool("encode", "reaction", "{\"msgId\":\"0102\",\"reaction\":\"like:\"}").json().get("hex").asText();
        assertEquals("02000000" + "0102" + "056c696b653a", hex);
    }

    @Test
    void streamMessageDecodeAndChecksum() throws Exception {
        StreamMessage m = StreamMessage.builder(1, InstantSource.fixed(Instant.ofEpochSecond(1700000000)))
                .id(Bytes.of(Hex.b("01020304"))).type(StreamMessageCode.DATA).encryptionType(EncryptionCode.NONE)
                .sender(Address.parse(A1)).recipient(Address.parse(A2)).data(Bytes.of(Hex.b("cafe"))).build();
        String hex = h(m.encode());
        JsonNode j = ToolRunner.tool("decode", "stream-message", hex).json();
        assertEquals(List.of("version", "id", "type", "encryptionType", "sender", "recipient", "data", "timestamp",
                "requireRcvConfirmation", "signature"), AddressToolTest.iterate(j));
        assertEquals(1, j.get("version").asInt());
        assertEquals("01020304", j.get("id").asText());
        assertEquals(2, j.get("type").asInt());
        assertEquals(0, j.get("encryptionType").asInt());
        assertEquals(h(Address.parse(A1).noChecksum()), j.get("sender").asText());
        assertEquals("cafe", j.get("data").asText());
        assertEquals(1700000000L, j.get("timestamp").asLong());
        assertTrue(j.get("requireRcvConfirmation").asBoolean());
        assertTrue(j.get("signature").isNull());
        assertEquals(m.checksum().toHex(), ToolRunner.tool("checksum", "stream-message", hex).json().get("checksum").asText());
    }

    @Test
    void invalidInput() {
        ToolRunner.tool("encode", "spixi-message", "not json").assertInvalidInput();
        ToolRunner.tool("encode", "spixi-message", "{\"type\":\"chat\"}").assertInvalidInput();
        ToolRunner.tool("encode", "create-group", "{\"groupName\":\"x\"}").assertInvalidInput();
        ToolRunner.tool("encode", "create-group", "{\"randomId\":\"01\",\"groupName\":\"\"}").assertInvalidInput();
        ToolRunner.tool("encode", "reaction", "{\"msgId\":\"zz\",\"reaction\":\"like:\"}").assertInvalidInput();
        ToolRunner.tool("decode", "spixi-message", "00").assertInvalidInput();
        ToolRunner.tool("decode", "create-group", "0001").assertInvalidInput();
        ToolRunner.tool("decode", "stream-message", "").assertInvalidInput();
        ToolRunner.tool("decode", "stream-message", "01ff").assertInvalidInput();
        ToolRunner.tool("checksum", "stream-message", "0102").assertInvalidInput();
    }
}
