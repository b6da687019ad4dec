package io.linnet.s2.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.net.NetTesting;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class EmbeddedRelayTest {
    @Test
    void startsOnLoopbackWithAFreePortAndServesClients() throws Exception {
        try (EmbeddedRelay relay = EmbeddedRelay.start(NetTesting.relay(NetTesting.key()), 0)) {
            assertTrue(relay.port() > 0);
            assertEquals("127.0.0.1:" + relay.port(), relay.hostPort());
            try (TestClient c = TestClient.connect(relay.port(), NetTesting.key())) {
                assertEquals(relay.address(), c.helloData.fields().address());
            }
        }
    }

    @Test
    void refusesToListenBeyondLoopback() {
        RelayConfig wide = RelayConfig.defaults(NetTesting.relay(NetTesting.key()), new InetSocketAddress("0.0.0.0", 0));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedRelay.start(wide));
    }
}
