package io.linnet.s2.presence;

import static io.linnet.s2.S2Fixtures.FAKE_VERIFIER;
import static io.linnet.s2.S2Fixtures.fakePublicKey;
import static io.linnet.s2.S2Fixtures.fakeSign;
import static io.linnet.s2.S2Fixtures.presence;
import static io.linnet.s2.S2Fixtures.signedEntry;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.S2Fixtures;
import io.linnet.s2.presence.PresenceValidator.Problem;
import io.linnet.s2.presence.PresenceValidator.Rejection;
import io.linnet.s2.wire.NetworkProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** §3.5 presence and KeepAlive checks, with a stand-in signature scheme (real RSA in the signing tests). */
class PresenceValidatorTest {
    static final long NOW = 1_760_000_000L;
    static final NetworkProfile LOCAL = NetworkProfile.local();
    static final NetworkProfile MAIN = NetworkProfile.mainnet();
    static final byte[] KEY = fakePublicKey("alice");

    final PresenceValidator local = new PresenceValidator(LOCAL, FAKE_VERIFIER);
    final PresenceValidator main = new PresenceValidator(MAIN, FAKE_VERIFIER);

    static PresenceAddress entry(String lock, String host, long lastSeen) {
        return signedEntry(KEY, lock, seq(1, 16), host, NodeType.CLIENT, lastSeen);
    }

    static Problem only(PresenceValidator.Result r) {
        assertEquals(1, r.rejections().size(), r.rejections().toString());
        return r.rejections().get(0).problem();
    }

    @Test
    void freshSignedEntryIsAccepted() {
        Presence p = presence(KEY, List.of(entry("IxiReg", "127.0.0.1:10235", NOW - 10)));
        PresenceValidator.Result r = local.validate(p, NOW);
        assertEquals(Optional.of(p), r.accepted());
        assertEquals(List.of(), r.rejections());
        Presence pub = presence(KEY, List.of(entry("Ixian", "1.2.3.4:10235", NOW)));
        assertEquals(Optional.of(pub), main.validate(pub, NOW).accepted());
    }

    @Test
    void timeWindowIsMinus30To300Seconds() {
        assertTrue(local.validate(presence(KEY, List.of(entry("IxiReg", "h:1", NOW - 300))), NOW).accepted().isPresent());
        assertEquals(Problem.EXPIRED, only(local.validate(presence(KEY, List.of(entry("IxiReg", "h:1", NOW - 301))), NOW)));
        assertTrue(local.validate(presence(KEY, List.of(entry("IxiReg", "h:1", NOW + 30))), NOW).accepted().isPresent());
        assertEquals(Problem.FROM_THE_FUTURE,
                only(local.validate(presence(KEY, List.of(entry("IxiReg", "h:1", NOW + 31))), NOW)));
    }

    @Test
    void signatureMustCoverTheEntryUnderThisNetworksLock() {
        assertEquals(Problem.BAD_SIGNATURE,
                only(local.validate(presence(KEY, List.of(entry("Ixian", "127.0.0.1:1", NOW))), NOW)), "wrong lock");
        assertEquals(Problem.BAD_SIGNATURE,
                only(main.validate(presence(KEY, List.of(entry("IxiReg", "1.2.3.4:1", NOW))), NOW)), "wrong lock");
        PresenceAddress tampered = new PresenceAddress(seq(1, 16), "127.0.0.2:10235", NodeType.CLIENT, "v", NOW,
                entry("IxiReg", "127.0.0.1:10235", NOW).signature(), null);
        assertEquals(Problem.BAD_SIGNATURE, only(local.validate(presence(KEY, List.of(tampered)), NOW)));
        PresenceAddress unsigned = entry("IxiReg", "127.0.0.1:1", NOW).withSignature(null);
        assertEquals(Problem.BAD_SIGNATURE, only(local.validate(presence(KEY, List.of(unsigned)), NOW)));
        byte[] otherKey = fakePublicKey("mallory");
        PresenceAddress byOther = signedEntry(otherKey, "IxiReg", seq(1, 16), "h:1", NodeType.CLIENT, NOW);
        assertEquals(Problem.BAD_SIGNATURE, only(local.validate(presence(KEY, List.of(byOther)), NOW)));
    }

    @Test
    void privateHostsOnlyOnTheLocalProfile() {
        Presence lan = presence(KEY, List.of(entry("Ixian", "192.168.0.7:10235", NOW)));
        assertEquals(Problem.BAD_HOST_NAME, only(main.validate(lan, NOW)));
        Presence loop = presence(KEY, List.of(entry("IxiReg", "127.0.0.1:10235", NOW)));
        assertTrue(local.validate(loop, NOW).accepted().isPresent());
        String relay = "3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA";
        assertTrue(main.validate(presence(KEY, List.of(entry("Ixian", relay, NOW))), NOW).accepted().isPresent());
    }

    @Test
    void walletMustBeTheAddressOfTheCarriedKey() {
        byte[] otherKey = fakePublicKey("bob");
        Presence p = new Presence(S2Fixtures.addressOf(otherKey), KEY, null, List.of(entry("IxiReg", "h:1", NOW)));
        PresenceValidator.Result r = local.validate(p, NOW);
        assertEquals(Optional.empty(), r.accepted());
        assertEquals(List.of(new Rejection(-1, Problem.WALLET_NOT_FROM_KEY)), r.rejections());
    }

    @Test
    void keySizeLimits() {
        Presence shortKey = new Presence(S2Fixtures.addressOf(KEY), new byte[31], null, List.of(entry("IxiReg", "h:1", NOW)));
        assertEquals(Problem.PUBLIC_KEY_SIZE, only(local.validate(shortKey, NOW)));
        Presence longKey = new Presence(S2Fixtures.addressOf(KEY), new byte[2501], null, List.of());
        assertEquals(Problem.PUBLIC_KEY_SIZE, only(local.validate(longKey, NOW)));
    }

    @Test
    void badEntriesAreDroppedAndTheRestKept() {
        PresenceAddress good = entry("IxiReg", "127.0.0.1:1", NOW);
        PresenceAddress old = signedEntry(KEY, "IxiReg", seq(2, 16), "h:1", NodeType.CLIENT, NOW - 1000);
        PresenceAddress worker = signedEntry(KEY, "IxiReg", seq(3, 16), "h:1", NodeType.WORKER, NOW);
        PresenceAddress masterNoPow = signedEntry(KEY, "IxiReg", seq(4, 16), "h:1", NodeType.MASTER, NOW);
        PresenceAddress longDevice = signedEntry(KEY, "IxiReg", seq(0, 65), "h:1", NodeType.CLIENT, NOW);
        PresenceAddress longVersion = new PresenceAddress(seq(6, 4), "h:1", NodeType.RELAY, "x".repeat(21), NOW, null, null);
        longVersion = longVersion.withSignature(fakeSign(KEY, longVersion.checksum(S2Fixtures.addressOf(KEY), "IxiReg")));
        PresenceAddress masterWithPow = new PresenceAddress(seq(7, 4), "h:1", NodeType.MASTER, "v", NOW, null, seq(1, 8));
        masterWithPow = masterWithPow.withSignature(fakeSign(KEY, masterWithPow.checksum(S2Fixtures.addressOf(KEY), "IxiReg")));
        Presence p = presence(KEY, List.of(old, good, worker, masterNoPow, longDevice, longVersion, masterWithPow));
        PresenceValidator.Result r = local.validate(p, NOW);
        assertEquals(List.of(new Rejection(0, Problem.EXPIRED), new Rejection(2, Problem.WORKER_TYPE),
                new Rejection(3, Problem.MISSING_POW), new Rejection(4, Problem.DEVICE_ID_TOO_LONG),
                new Rejection(5, Problem.NODE_VERSION_TOO_LONG)), r.rejections());
        assertEquals(List.of(good, masterWithPow), r.accepted().orElseThrow().addresses());
    }

    @Test
    void keepAliveChecksUseTheStoredKey() {
        KeepAlive ka = entry("IxiReg", "127.0.0.1:10235", NOW).toKeepAlive(S2Fixtures.addressOf(KEY));
        assertEquals(Optional.empty(), local.checkKeepAlive(ka, KEY, NOW));
        assertEquals(Optional.of(Problem.BAD_SIGNATURE), local.checkKeepAlive(ka, fakePublicKey("other"), NOW));
        assertEquals(Optional.of(Problem.EXPIRED), local.checkKeepAlive(ka, KEY, NOW + 301));
        assertEquals(Optional.of(Problem.FROM_THE_FUTURE), local.checkKeepAlive(ka, KEY, NOW - 31));
        assertEquals(Optional.of(Problem.BAD_HOST_NAME), main.checkKeepAlive(ka, KEY, NOW));
    }
}
