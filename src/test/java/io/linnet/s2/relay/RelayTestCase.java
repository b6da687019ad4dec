package io.linnet.s2.relay;

import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.net.NetTesting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the relay tests share: keys for the relay and four clients (made once per class), the relay under
 * test, and whatever a test opens; all of it is closed and stopped after each test.
 */
abstract class RelayTestCase {
    static RsaPrivateKey relayKey;
    static RsaPrivateKey aliceKey;
    static RsaPrivateKey bobKey;
    static RsaPrivateKey carolKey;
    static RsaPrivateKey malloryKey;

    RelayNode relay;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void keys() {
        relayKey = NetTesting.key();
        aliceKey = NetTesting.key();
        bobKey = NetTesting.key();
        carolKey = NetTesting.key();
        malloryKey = NetTesting.key();
    }

    @AfterEach
    void closeAndStop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        if (relay != null) {
            relay.stop();
        }
    }

    /** Closes {@code c} after the test. */
    <T extends AutoCloseable> T keep(T c) {
        open.add(c);
        return c;
    }
}
