package io.linnet.ixian.spixi;

import static io.linnet.testutil.DecoderAssertions.rejected;
import static io.linnet.testutil.DecoderAssertions.trailingBytesRejected;
import static io.linnet.testutil.DecoderAssertions.truncationsRejected;
import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linnet.fuzz.Decoders;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiNumber;
import io.linnet.testutil.RandomValues;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SpixiBotAction, BotChannel, BotContact and BotInfo (spec §3.10, §4.3–§4.5). */
class BotModelsTest {
    private static final Decoders.Decoder TEXT_CONTACT = bytes -> BotContact.decode(bytes, BotContact.NickForm.TEXT);
    private static final Decoders.Decoder SIGNED_CONTACT =
            bytes -> BotContact.decode(bytes, BotContact.NickForm.SIGNED_MESSAGE);

    @Test
    void botActionGoldenBytes() throws ProtocolException {
        SpixiBotAction m = new SpixiBotAction(BotActionCode.GET_USERS, Bytes.of(b("99")));
        assertEquals("0400" + "01000000" + "99", h(m.encode()));
        assertEquals(m, SpixiBotAction.decode(m.encode()));
        assertEquals("0d00" + "00000000", h(new SpixiBotAction(BotActionCode.GET_USER, Bytes.EMPTY).encode()));
        assertEquals(13, BotActionCode.GET_USER.number());
        assertEquals(10, BotActionCode.KICK_USER.number());
    }

    @Test
    void botActionRejectsBadInput() {
        byte[] valid = b("04000100000099");
        truncationsRejected(SpixiBotAction::decode, valid);
        trailingBytesRejected(SpixiBotAction::decode, valid);
        rejected(SpixiBotAction::decode, b("0e0000000000"));  // unknown action 14
        rejected(SpixiBotAction::decode, b("ffff00000000"));  // action -1
        rejected(SpixiBotAction::decode, b("0000ffffffff"));  // negative data length
    }

    @Test
    void botChannelGoldenBytes() throws ProtocolException {
        BotChannel c = new BotChannel(3, "ch");
        assertEquals("03000000" + "02" + "6368", h(c.encode()));
        assertEquals(c, BotChannel.decode(c.encode()));
        byte[] valid = c.encode();
        truncationsRejected(BotChannel::decode, valid);
        trailingBytesRejected(BotChannel::decode, valid);
        rejected(BotChannel::decode, b("03000000" + "8202" + "61".repeat(258))); // name above 256 bytes
    }

    @Test
    void botContactTextNickGoldenBytes() throws ProtocolException {
        BotContact c = new BotContact(new BotContact.Text("al"), Bytes.of(b("0102")), "1;", true, false, BotContactStatus.KICKED);
        byte[] enc = c.encode();
        assertEquals("02616c" + "020000000102" + "02313b" + "01" + "00" + "0100", h(enc));
        assertEquals(c, BotContact.decode(enc, BotContact.NickForm.TEXT));
    }

    @Test
    void botContactSignedNickGoldenBytes() throws ProtocolException {
        BotContact c = new BotContact(new BotContact.SignedMessage(Bytes.of(b("abcd"))), Bytes.EMPTY, "", false, true,
                BotContactStatus.LEFT);
        byte[] enc = c.encode();
        assertEquals("02000000abcd" + "00000000" + "00" + "00" + "01" + "0300", h(enc));
        assertEquals(c, BotContact.decode(enc, BotContact.NickForm.SIGNED_MESSAGE));
    }

    @Test
    void botContactTrailingFieldsAreOptionalAsAGroup() throws ProtocolException {
        BotContact shortForm = BotContact.decode(b("02616c" + "020000000102"), BotContact.NickForm.TEXT);
        assertEquals(BotContact.of("al", Bytes.of(b("0102"))), shortForm);
        byte[] valid = b("02616c020000000102" + "02313b" + "01" + "00" + "0100");
        truncationsRejected(TEXT_CONTACT, valid, Set.of(9));
        trailingBytesRejected(TEXT_CONTACT, valid);
        rejected(TEXT_CONTACT, b("02616c020000000102" + "00" + "00" + "00" + "0400")); // unknown status
        truncationsRejected(SIGNED_CONTACT, b("02000000abcd" + "00000000" + "00000103 00".replace(" ", "")), Set.of(10));
        rejected(SIGNED_CONTACT, b("ffffffff00000000"));
    }

    @Test
    void botInfoGoldenBytes() throws ProtocolException {
        Bytes randomId = Bytes.of(b("ab".repeat(16)));
        BotInfo info = new BotInfo((short) 0, "", "", IxiNumber.ofUnits(0), 0, true, 0, 0, true, 3, randomId, true);
        byte[] enc = info.encode();
        assertEquals("0000" + "00" + "00" + "0a" + "302e3030303030303030" + "0000000000000000" + "01" + "00000000" + "00000000"
                + "01" + "0300000000000000" + "10" + "ab".repeat(16) + "01", h(enc));
        assertEquals(info, BotInfo.decode(enc));
    }

    @Test
    void botInfoOptionalTailReadsAsDefaults() throws ProtocolException {
        String head = "0100" + "03626f74" + "0164" + "0a312e3530303030303030" + "0500000000000000" + "00" + "02000000" + "03000000";
        BotInfo oldest = BotInfo.decode(b(head));
        assertEquals(new BotInfo((short) 1, "bot", "d", IxiNumber.parse("1.5"), 5, false, 2, 3, false, 0, Bytes.EMPTY, false), oldest);
        assertEquals(true, BotInfo.decode(b(head + "01")).sendNotification());
        assertEquals(9, BotInfo.decode(b(head + "01" + "0900000000000000")).userCount());
        byte[] full = b(head + "01" + "0900000000000000" + "0201" + "02" + "01");
        BotInfo all = BotInfo.decode(full);
        assertEquals(Bytes.of(b("0102")), all.randomId());
        assertEquals(true, all.hideParticipantAddresses());
        int headLength = head.length() / 2;
        truncationsRejected(BotInfo::decode, full, Set.of(headLength, headLength + 1, headLength + 9));
        trailingBytesRejected(BotInfo::decode, full);
        rejected(BotInfo::decode, b(head.replace("0a312e3530303030303030", "03616263")));  // cost "abc"
    }

    @Test
    void randomRoundTrips() throws ProtocolException {
        SplittableRandom rnd = new SplittableRandom(13);
        BotActionCode[] actions = BotActionCode.values();
        BotContactStatus[] statuses = BotContactStatus.values();
        for (int i = 0; i < 300; i++) {
            var action = new SpixiBotAction(actions[rnd.nextInt(actions.length)], RandomValues.bytes(rnd, 0, 2000));
            assertEquals(action, SpixiBotAction.decode(action.encode()));
            var channel = new BotChannel(rnd.nextInt(), RandomValues.text(rnd, 64));
            assertEquals(channel, BotChannel.decode(channel.encode()));
            boolean text = rnd.nextBoolean();
            BotContact.Nick nick = text ? new BotContact.Text(RandomValues.text(rnd, 200))
                    : new BotContact.SignedMessage(RandomValues.bytes(rnd, 0, 3000));
            var contact = new BotContact(nick, RandomValues.bytes(rnd, 0, 1023), RandomValues.text(rnd, 20), rnd.nextBoolean(),
                    rnd.nextBoolean(), statuses[rnd.nextInt(statuses.length)]);
            assertEquals(contact, BotContact.decode(contact.encode(),
                    text ? BotContact.NickForm.TEXT : BotContact.NickForm.SIGNED_MESSAGE));
            var info = new BotInfo((short) rnd.nextInt(), RandomValues.text(rnd, 50), RandomValues.text(rnd, 300),
                    IxiNumber.ofUnits(rnd.nextLong()), rnd.nextLong(), rnd.nextBoolean(), rnd.nextInt(), rnd.nextInt(),
                    rnd.nextBoolean(), rnd.nextLong(), RandomValues.bytes(rnd, 0, 64), rnd.nextBoolean());
            assertEquals(info, BotInfo.decode(info.encode()));
        }
    }
}
