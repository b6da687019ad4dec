package io.linnet.app;

import io.linnet.chat.api.Messenger;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.relay.RelayConfig;
import io.linnet.s2.relay.RelayNode;
import io.linnet.ui.ProfileGate;
import io.linnet.ui.Session;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * For the desktop UI tests: a real relay on 127.0.0.1 (fast timings) and {@link ProfileGate}s wired like
 * the app's ({@link DesktopProfiles}: the relay on "this computer" is this one), with RSA-2048 identities
 * so profiles are created quickly.
 */
public final class DesktopTestbed implements AutoCloseable {
    public static final String PW = "desktop-test-password";
    private final RelayNode relay;
    private final InetSocketAddress address;

    private DesktopTestbed(RelayNode relay, InetSocketAddress address) {
        this.relay = relay;
        this.address = address;
    }

    /** Starts the relay. */
    public static DesktopTestbed start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        InetSocketAddress at = new InetSocketAddress("127.0.0.1", port);
        NodeIdentity id = NodeIdentity.of(Rsa.generate(2048, 1), NodeType.RELAY, "jrelay-ui-test", NodeIdentity.RELAY_DEVICE_ID);
        RelayNode relay = new RelayNode(RelayConfig.defaults(id, at).withTimings(RelayChatIntegrationTest.CONNECTION,
                Duration.ofSeconds(200), Duration.ofMillis(200), Duration.ofMillis(250)));
        relay.start();
        return new DesktopTestbed(relay, at);
    }

    /** A gate on {@code dir} that uses this relay. */
    public ProfileGate gate(Path dir) {
        return new DesktopProfiles(dir, new DesktopNetwork(address, () -> {
            throw new AssertionError("the test relay should be found, not started");
        }, Duration.ofMillis(500), RelayFixture::wallet, RelayChatIntegrationTest.CLIENT, RelayChatIntegrationTest.ENGINE));
    }

    /** A new profile in {@code dir}, online. */
    public Session create(Path dir, String nickname) throws Exception {
        Session s = gate(dir).create(nickname, Bytes.EMPTY, PW).toCompletableFuture().get(60, TimeUnit.SECONDS);
        online(s);
        return s;
    }

    /** Waits until {@code s} has published its presence. */
    public static void online(Session s) {
        RelayChatIntegrationTest.until(() -> s.network().online(), "online");
    }

    /** The whole contact handshake between two open profiles. */
    public static void connect(Messenger a, Messenger b) throws Exception {
        RelayFixture.connect(a, b);
    }

    /** Polls {@code c} for up to 30 s. */
    public static void until(java.util.function.BooleanSupplier c, String what) {
        RelayChatIntegrationTest.until(c, what);
    }

    public static <T> T await(java.util.concurrent.CompletionStage<T> s) throws Exception {
        return s.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        relay.stop();
    }
}
