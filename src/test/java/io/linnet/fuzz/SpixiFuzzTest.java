package io.linnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiNumber;
import io.linnet.ixian.spixi.AcceptAdd2Message;
import io.linnet.ixian.spixi.AppDataMessage;
import io.linnet.ixian.spixi.AppProtocolsMessage;
import io.linnet.ixian.spixi.BotActionCode;
import io.linnet.ixian.spixi.BotChannel;
import io.linnet.ixian.spixi.BotContact;
import io.linnet.ixian.spixi.BotContactStatus;
import io.linnet.ixian.spixi.BotInfo;
import io.linnet.ixian.spixi.CreateGroupMessage;
import io.linnet.ixian.spixi.GroupChannel;
import io.linnet.ixian.spixi.Keys2Message;
import io.linnet.ixian.spixi.KeysMessage;
import io.linnet.ixian.spixi.ReactionMessage;
import io.linnet.ixian.spixi.RequestAdd2Message;
import io.linnet.ixian.spixi.SpixiBotAction;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.StreamCapabilities;
import io.linnet.testutil.Hex;
import io.linnet.testutil.TestAddresses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The SpixiMessage envelope and every payload decoder. Besides "a value or a ProtocolException", each
 * accepted input must be stable: re-encoding it and decoding again gives the same value.
 */
class SpixiFuzzTest {

    /** A decoder that also checks decode(encode(decode(x))) == decode(x). */
    static <T> Decoders.Decoder stable(Decoders.Decoder decoder, Function<T, byte[]> encoder) {
        return input -> {
            @SuppressWarnings("unchecked")
            T first = (T) decoder.decode(input);
            Object second = decoder.decode(encoder.apply(first));
            if (!Objects.equals(first, second)) {
                throw new AssertionError("re-decoding changed " + first + " into " + second);
            }
            return first;
        };
    }

    static final Decoders.Decoder SPIXI_MESSAGE = stable(SpixiMessage::decode, SpixiMessage::encode);
    static final Decoders.Decoder REQUEST_ADD2 = stable(RequestAdd2Message::decode, RequestAdd2Message::encode);
    static final Decoders.Decoder ACCEPT_ADD2 = stable(AcceptAdd2Message::decode, AcceptAdd2Message::encode);
    static final Decoders.Decoder KEYS2 = stable(Keys2Message::decode, Keys2Message::encode);
    static final Decoders.Decoder KEYS = stable(KeysMessage::decode, KeysMessage::encode);
    static final Decoders.Decoder CREATE_GROUP = stable(
            b -> CreateGroupMessage.decode(b, CreateGroupMessage.LINNET_MAX_PARTICIPANTS), CreateGroupMessage::encode);
    static final Decoders.Decoder REACTION = stable(ReactionMessage::decode, ReactionMessage::encode);
    static final Decoders.Decoder APP_DATA = stable(AppDataMessage::decode, AppDataMessage::encode);
    static final Decoders.Decoder APP_PROTOCOLS = stable(AppProtocolsMessage::decode, AppProtocolsMessage::encode);
    static final Decoders.Decoder BOT_ACTION = stable(SpixiBotAction::decode, SpixiBotAction::encode);
    static final Decoders.Decoder BOT_CHANNEL = stable(BotChannel::decode, BotChannel::encode);
    static final Decoders.Decoder BOT_CONTACT_TEXT = stable(
            b -> BotContact.decode(b, BotContact.NickForm.TEXT), BotContact::encode);
    static final Decoders.Decoder BOT_CONTACT_SIGNED = stable(
            b -> BotContact.decode(b, BotContact.NickForm.SIGNED_MESSAGE), BotContact::encode);
    static final Decoders.Decoder BOT_INFO = stable(BotInfo::decode, BotInfo::encode);

    @FuzzTest(maxDuration = "10s")
    void spixiMessage(byte[] input) {
        Decoders.check(SPIXI_MESSAGE, input);
    }

    @FuzzTest(maxDuration = "10s")
    void requestAdd2(byte[] input) {
        Decoders.check(REQUEST_ADD2, input);
    }

    @FuzzTest(maxDuration = "10s")
    void acceptAdd2(byte[] input) {
        Decoders.check(ACCEPT_ADD2, input);
    }

    @FuzzTest(maxDuration = "10s")
    void keys2(byte[] input) {
        Decoders.check(KEYS2, input);
    }

    @FuzzTest(maxDuration = "10s")
    void keys(byte[] input) {
        Decoders.check(KEYS, input);
    }

    @FuzzTest(maxDuration = "10s")
    void createGroup(byte[] input) {
        Decoders.check(CREATE_GROUP, input);
    }

    @FuzzTest(maxDuration = "10s")
    void reaction(byte[] input) {
        Decoders.check(REACTION, input);
    }

    @FuzzTest(maxDuration = "10s")
    void appData(byte[] input) {
        Decoders.check(APP_DATA, input);
    }

    @FuzzTest(maxDuration = "10s")
    void appProtocols(byte[] input) {
        Decoders.check(APP_PROTOCOLS, input);
    }

    @FuzzTest(maxDuration = "10s")
    void botAction(byte[] input) {
        Decoders.check(BOT_ACTION, input);
    }

    @FuzzTest(maxDuration = "10s")
    void botChannel(byte[] input) {
        Decoders.check(BOT_CHANNEL, input);
    }

    @FuzzTest(maxDuration = "10s")
    void botContact(byte[] input) {
        Decoders.check(BOT_CONTACT_TEXT, input);
        Decoders.check(BOT_CONTACT_SIGNED, input);
    }

    @FuzzTest(maxDuration = "10s")
    void botInfo(byte[] input) {
        Decoders.check(BOT_INFO, input);
    }

    @Test
    void mutatedSpixiMessages() {
        Address group = TestAddresses.address(TestAddresses.G1);
        List<byte[]> seeds = List.of(
                SpixiMessage.of(SpixiMessageCode.CHAT, Bytes.utf8("hello")).encode(),
                SpixiMessage.ofGroup(SpixiMessageCode.MSG_REACTION, Bytes.utf8("x"), group)
                        .withGroupSenderAddress(TestAddresses.address(TestAddresses.A2)).encode(),
                Hex.b("0900000002000000abcd05000000"),
                Hex.b("090000000200000001ff"));
        assertTrue(Decoders.checkMutants(SPIXI_MESSAGE, seeds, 5000, 21) > 0);
    }

    @Test
    void mutatedHandshakePayloads() {
        Bytes key = Bytes.of(Hex.seq(1, 528));
        StreamCapabilities caps = StreamCapabilities.SPIXI;
        assertTrue(Decoders.checkMutants(REQUEST_ADD2, List.of(new RequestAdd2Message(1, key).encode()), 3000, 22) > 0);
        assertTrue(Decoders.checkMutants(ACCEPT_ADD2, List.of(new AcceptAdd2Message(1, key, Bytes.of(Hex.seq(2, 67)),
                Bytes.of(Hex.seq(3, 1568)), Bytes.of(Hex.seq(4, 32)), caps).encode()), 3000, 23) > 0);
        assertTrue(Decoders.checkMutants(KEYS2, List.of(new Keys2Message(Bytes.of(Hex.seq(2, 67)), Bytes.of(Hex.seq(3, 1568)),
                Bytes.of(Hex.seq(4, 32)), caps).encode()), 3000, 24) > 0);
        assertTrue(Decoders.checkMutants(KEYS, List.of(new KeysMessage(Bytes.of(Hex.seq(5, 32)), Bytes.of(Hex.seq(6, 32))).encode()),
                3000, 25) > 0);
    }

    @Test
    void mutatedCreateGroup() {
        Bytes randomId = Bytes.of(Hex.seq(0, 16));
        SequencedMap<Address, String> participants = new LinkedHashMap<>();
        participants.put(TestAddresses.address(TestAddresses.A1), "alice");
        participants.put(TestAddresses.address(TestAddresses.A0), "");
        participants.put(GroupAddress.derive(TestAddresses.address(TestAddresses.A2), new byte[] {1}), "x");
        List<byte[]> seeds = List.of(
                CreateGroupMessage.create(randomId, "group", false, participants).encode(),
                CreateGroupMessage.create(randomId, "group", true, participants).encode(),
                CreateGroupMessage.create(randomId, "g", false, participants,
                        List.of(new GroupChannel("c", new BotChannel(1, "c"))), 10).encode());
        assertTrue(Decoders.checkMutants(CREATE_GROUP, seeds, 5000, 26) > 0);
    }

    @Test
    void mutatedAppPayloads() {
        assertTrue(Decoders.checkMutants(REACTION, List.of(new ReactionMessage(Bytes.of(Hex.seq(0, 16)), "like:").encode()),
                3000, 27) > 0);
        assertTrue(Decoders.checkMutants(APP_DATA, List.of(
                new AppDataMessage(Bytes.of(Hex.seq(0, 16)), Bytes.of(Hex.seq(9, 40)), Optional.of("app||url")).encode(),
                new AppDataMessage(Bytes.EMPTY, Bytes.of(Hex.seq(9, 4))).encode()), 3000, 28) > 0);
        assertTrue(Decoders.checkMutants(APP_PROTOCOLS, List.of(
                new AppProtocolsMessage(List.of(Bytes.of(Hex.seq(0, 32)), Bytes.of(Hex.seq(7, 3)))).encode()), 3000, 29) > 0);
    }

    @Test
    void mutatedBotPayloads() {
        assertTrue(Decoders.checkMutants(BOT_ACTION, List.of(
                new SpixiBotAction(BotActionCode.USER, Bytes.of(Hex.seq(0, 20))).encode()), 3000, 30) > 0);
        assertTrue(Decoders.checkMutants(BOT_CHANNEL, List.of(new BotChannel(2, "news").encode()), 3000, 31) > 0);
        BotContact text = new BotContact(new BotContact.Text("al"), Bytes.of(Hex.seq(0, 45)), "1;2;", true, true,
                BotContactStatus.BANNED);
        BotContact signed = new BotContact(new BotContact.SignedMessage(Bytes.of(Hex.seq(0, 30))), Bytes.EMPTY, "", false,
                false, BotContactStatus.NORMAL);
        assertTrue(Decoders.checkMutants(BOT_CONTACT_TEXT, List.of(text.encode()), 3000, 32) > 0);
        assertTrue(Decoders.checkMutants(BOT_CONTACT_SIGNED, List.of(signed.encode()), 3000, 33) > 0);
        BotInfo info = new BotInfo((short) 0, "bot", "about", IxiNumber.ofUnits(150_000_000), 7, true, 1, 2, true, 11,
                Bytes.of(Hex.seq(0, 16)), true);
        assertTrue(Decoders.checkMutants(BOT_INFO, List.of(info.encode()), 3000, 34) > 0);
    }

}
