package io.linnet.fuzz;

import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.linnet.ixian.address.Address;
import io.linnet.s2.S2Fixtures;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Presence, PresenceAddress and KeepAlive decoders on hostile input. */
class PresenceFuzzTest {
    static final byte[] KEY = S2Fixtures.fakePublicKey("pf");
    static final Address WALLET = S2Fixtures.addressOf(KEY);

    @FuzzTest(maxDuration = "10s")
    void presenceAddress(byte[] input) {
        Decoders.check(PresenceAddress::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void presence(byte[] input) {
        Decoders.check(Presence::decode, input);
    }

    @FuzzTest(maxDuration = "10s")
    void keepAlive(byte[] input) {
        Decoders.check(KeepAlive::decode, input);
    }

    @Test
    void mutatedPresences() {
        PresenceAddress signed = S2Fixtures.signedEntry(KEY, "IxiReg", seq(0, 16), "127.0.0.1:10235", NodeType.CLIENT, 1);
        PresenceAddress unsigned = new PresenceAddress(seq(0, 16), "1.2.3.4:10235", NodeType.MASTER, "v", 5, null, seq(0, 30));
        PresenceAddress withPow = signed.withPowSolution(seq(3, 12));
        assertTrue(Decoders.checkMutants(PresenceAddress::decode,
                List.of(signed.encode(), unsigned.encode(), withPow.encode()), 3000, 71) > 0);
        Presence p = S2Fixtures.presence(KEY, List.of(signed, unsigned.withSignature(seq(0, 9)), withPow));
        assertTrue(Decoders.checkMutants(Presence::decode, List.of(p.encode()), 4000, 72) > 0);
    }

    @Test
    void mutatedKeepAlives() {
        KeepAlive ka = new KeepAlive(WALLET, seq(0, 16), 1760000000L, "1.2.3.4:10235", NodeType.CLIENT, null, seq(0, 512));
        KeepAlive master = new KeepAlive(WALLET, seq(0, 1), 5, "1.2.3.4:10234", NodeType.MASTER, seq(0, 40), seq(0, 8));
        assertTrue(Decoders.checkMutants(KeepAlive::decode, List.of(ka.encode(), master.encode()), 3000, 73) > 0);
    }
}
