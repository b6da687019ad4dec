package io.linnet.ixian.spixi;

import static io.linnet.testutil.DecoderAssertions.rejected;
import static io.linnet.testutil.DecoderAssertions.trailingBytesRejected;
import static io.linnet.testutil.DecoderAssertions.truncationsRejected;
import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.testutil.RandomValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** msgReaction, app data and app protocol payloads (spec §3.6–§3.8). */
class AppModelsTest {

    @Test
    void reactionGoldenBytes() throws ProtocolException {
        ReactionMessage m = new ReactionMessage(Bytes.of(b("0102")), "like:");
        assertEquals("02000000" + "0102" + "05" + "6c696b653a", h(m.encode()));
        assertEquals(m, ReactionMessage.decode(m.encode()));
        ReactionMessage tip = new ReactionMessage(Bytes.of(b("01")), "tip:č");
        assertEquals("0100000001" + "06" + "7469703ac48d", h(tip.encode()));
        assertEquals(tip, ReactionMessage.decode(tip.encode()));
    }

    @Test
    void reactionRejectsBadInput() {
        byte[] valid = b("02000000" + "0102" + "05" + "6c696b653a");
        truncationsRejected(ReactionMessage::decode, valid);
        trailingBytesRejected(ReactionMessage::decode, valid);
        rejected(ReactionMessage::decode, b("00000000056c696b653a"));     // empty message id
        rejected(ReactionMessage::decode, b("fffffffe0102056c696b653a")); // negative id length
        rejected(ReactionMessage::decode, b("01000000010263c328"));       // invalid UTF-8
        rejected(ReactionMessage::decode, b("0100000001" + "8101" + "61".repeat(129))); // reaction above 128 bytes
        assertThrows(IllegalArgumentException.class, () -> new ReactionMessage(Bytes.EMPTY, "like:"));
    }

    @Test
    void appDataGoldenBytes() throws ProtocolException {
        AppDataMessage m = new AppDataMessage(Bytes.of(b("0a0b")), Bytes.of(b("010203")));
        assertEquals("02" + "0a0b" + "03000000" + "010203", h(m.encode()));
        assertEquals(m, AppDataMessage.decode(m.encode()));

        AppDataMessage withApp = new AppDataMessage(Bytes.of(b("0a0b")), Bytes.EMPTY, Optional.of("x"));
        assertEquals("020a0b" + "00000000" + "0178", h(withApp.encode()));
        assertEquals(withApp, AppDataMessage.decode(withApp.encode()));

        AppDataMessage emptyAppId = new AppDataMessage(Bytes.EMPTY, Bytes.EMPTY, Optional.of(""));
        assertEquals("00" + "00000000" + "00", h(emptyAppId.encode()), "an empty app id is still present");
        assertEquals(emptyAppId, AppDataMessage.decode(emptyAppId.encode()));
    }

    @Test
    void appDataWritesAMissingSessionIdAsOneByte() throws ProtocolException {
        AppDataMessage m = new AppDataMessage(Bytes.EMPTY, Bytes.of(b("0102030405")));
        assertEquals("00" + "05000000" + "0102030405", h(m.encode()));
        assertEquals(m, AppDataMessage.decode(m.encode()));
        // Ixian-Core's four-zero-byte form of a missing session id is not accepted
        rejected(AppDataMessage::decode, b("00000000" + "05000000" + "0102030405"));
        rejected(AppDataMessage::decode, b("00000000" + "00000000"));
        rejected(AppDataMessage::decode, b("00000000" + "00010000" + "00".repeat(256)));
    }

    @Test
    void appDataRejectsBadInput() {
        byte[] valid = b("020a0b03000000010203" + "0178");
        truncationsRejected(AppDataMessage::decode, valid, Set.of(valid.length - 2));
        trailingBytesRejected(AppDataMessage::decode, valid);
        rejected(AppDataMessage::decode, b("0005000000010203"));          // data shorter than its length
        rejected(AppDataMessage::decode, b("00ffffff7f"));                // data length 2^31-1
        rejected(AppDataMessage::decode, b("0001004003" + "00"));         // data length above 50 MiB
        rejected(AppDataMessage::decode, b("0000000000" + "ff"));         // broken app id length
    }

    @Test
    void appProtocolsGoldenBytes() throws ProtocolException {
        AppProtocolsMessage m = new AppProtocolsMessage(List.of(Bytes.of(b("aa")), Bytes.of(b("bbcc"))));
        assertEquals("02" + "01aa" + "02bbcc", h(m.encode()));
        assertEquals(m, AppProtocolsMessage.decode(m.encode()));
        assertEquals("00", h(new AppProtocolsMessage(List.of()).encode()));
        assertEquals(new AppProtocolsMessage(List.of()), AppProtocolsMessage.decode(b("00")));
    }

    @Test
    void appProtocolsRejectBadInput() {
        byte[] valid = b("0201aa02bbcc");
        truncationsRejected(AppProtocolsMessage::decode, valid);
        trailingBytesRejected(AppProtocolsMessage::decode, valid);
        rejected(AppProtocolsMessage::decode, b("0100"));                 // empty protocol id
        rejected(AppProtocolsMessage::decode, b("fc0001"));               // 256 ids
        rejected(AppProtocolsMessage::decode, b("fdffffffff"));           // absurd count, no data
        rejected(AppProtocolsMessage::decode, b("01fc0001" + "00".repeat(256))); // id above 255 bytes
        List<Bytes> tooMany = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            tooMany.add(Bytes.of(new byte[] {1}));
        }
        assertThrows(IllegalArgumentException.class, () -> new AppProtocolsMessage(tooMany));
    }

    @Test
    void randomRoundTrips() throws ProtocolException {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 300; i++) {
            var reaction = new ReactionMessage(RandomValues.bytes(rnd, 1, 64), RandomValues.text(rnd, 32));
            assertEquals(reaction, ReactionMessage.decode(reaction.encode()));
            Optional<String> appId = rnd.nextBoolean() ? Optional.of(RandomValues.text(rnd, 100)) : Optional.empty();
            var app = new AppDataMessage(RandomValues.bytes(rnd, 0, 255), RandomValues.bytes(rnd, 0, 3000), appId);
            assertEquals(app, AppDataMessage.decode(app.encode()));
            List<Bytes> ids = new ArrayList<>();
            for (int j = rnd.nextInt(20); j > 0; j--) {
                ids.add(RandomValues.bytes(rnd, 1, 255));
            }
            var protocols = new AppProtocolsMessage(ids);
            assertEquals(protocols, AppProtocolsMessage.decode(protocols.encode()));
        }
    }
}
