package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.crypto.Rsa;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.presence.NodeType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's choice between a relay already on this computer and one started in-process. */
class LocalRelayTest {
    static final Duration PROBE = Duration.ofMillis(500);
    static NodeIdentity identity;

    @BeforeAll
    static void keys() throws Exception {
        identity = NodeIdentity.of(Rsa.generate(2048, 1), NodeType.RELAY, "linnet-test", NodeIdentity.RELAY_DEVICE_ID);
    }

    static InetSocketAddress freeLoopbackPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), s.getLocalPort());
        }
    }

    @Test
    void startsAnEmbeddedRelayWhenNoneIsListening(@TempDir Path dir) throws Exception {
        InetSocketAddress where = freeLoopbackPort();
        try (LocalRelay relay = LocalRelay.ensure(where, () -> identity, PROBE)) {
            assertTrue(relay.embedded().isPresent());
            assertEquals("127.0.0.1:" + where.getPort(), relay.hostPort());
            assertTrue(LocalRelay.answersLikeRelay(where, PROBE), "the started relay answers with time samples");
            // a second app on the same computer finds it and starts none of its own
            try (LocalRelay second = LocalRelay.ensure(where, () -> { throw new AssertionError("no identity needed"); }, PROBE)) {
                assertFalse(second.embedded().isPresent());
                assertEquals(relay.hostPort(), second.hostPort());
            }
        }
        assertFalse(LocalRelay.answersLikeRelay(where, PROBE), "closing stops the embedded relay");
    }

    @Test
    void movesToAnotherPortWhenSomethingElseHoldsThePreferredOne() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress where = new InetSocketAddress(InetAddress.getLoopbackAddress(), squatter.getLocalPort());
            try (LocalRelay relay = LocalRelay.ensure(where, () -> identity, PROBE)) {
                assertTrue(relay.embedded().isPresent());
                assertNotEquals("127.0.0.1:" + where.getPort(), relay.hostPort());
                assertTrue(relay.embedded().orElseThrow().port() > 0);
            }
        }
    }
}
