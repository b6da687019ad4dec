package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.crypto.Rsa;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.PresenceValidator;
import io.linnet.s2.wire.NetworkProfile;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PresencePublisherTest {
    static final ClientIdentity ID = ClientIdentity.of(Rsa.generate(2048, 1), new byte[16]);
    static final NetworkProfile LOCAL = NetworkProfile.local();
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    static final long NET0 = 1_900_000_000L;

    final PresencePublisher pub = new PresencePublisher(ID, LOCAL, "linnet-test", Duration.ofSeconds(100));

    @Test
    void firstPresenceIsSignedAndValidForRelays() {
        var signed = pub.refresh("127.0.0.1:5000", NET0, T0, false).orElseThrow();
        assertEquals("127.0.0.1:5000", signed.keepAlive().hostName());
        assertEquals(NodeType.CLIENT, signed.keepAlive().nodeType());
        assertEquals(NET0, signed.keepAlive().timestamp());
        var validator = new PresenceValidator(LOCAL, SignatureVerifier.rsa());
        assertTrue(validator.validate(signed.presence(), NET0).accepted().isPresent());
        assertTrue(validator.checkKeepAlive(signed.keepAlive(), ID.publicKey(), NET0).isEmpty());
        assertEquals(signed, pub.current().orElseThrow());
    }

    @Test
    void refreshesOnlyWhenTheIntervalPassedTheHostChangedOrForced() {
        pub.refresh("127.0.0.1:5000", NET0, T0, false).orElseThrow();
        assertTrue(pub.refresh("127.0.0.1:5000", NET0 + 99, T0.plusSeconds(99), false).isEmpty());
        assertFalse(pub.due("127.0.0.1:5000", T0.plusMillis(99_999), false));
        var again = pub.refresh("127.0.0.1:5000", NET0 + 100, T0.plusSeconds(100), false).orElseThrow();
        assertEquals(NET0 + 100, again.keepAlive().timestamp());
        assertTrue(pub.due("127.0.0.1:6000", T0.plusSeconds(101), false), "new primary");
        assertTrue(pub.due("127.0.0.1:5000", T0.plusSeconds(101), true), "forced");
    }

    @Test
    void successiveTimestampsStepAtLeastTwoSeconds() {
        long t1 = pub.refresh("127.0.0.1:5000", NET0, T0, false).orElseThrow().keepAlive().timestamp();
        long t2 = pub.refresh("127.0.0.1:6000", NET0, T0, false).orElseThrow().keepAlive().timestamp();
        long t3 = pub.refresh("127.0.0.1:7000", NET0 + 1, T0.plusSeconds(1), true).orElseThrow().keepAlive().timestamp();
        assertEquals(NET0 + 2, t2);
        assertEquals(NET0 + 4, t3);
    }
}
