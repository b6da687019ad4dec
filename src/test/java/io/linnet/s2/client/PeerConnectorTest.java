package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.S2Data;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.net.BlockStamp;
import io.linnet.s2.net.CloseReason;
import io.linnet.s2.net.ConnectionOptions;
import io.linnet.s2.net.HandshakeSettings;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.S2Session;
import io.linnet.s2.net.S2Timings;
import io.linnet.s2.net.ServerHandshake;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.Frame;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter over the connection layer against a bare accepting peer on loopback (handshake only, no
 * relay logic): link up, messages both ways, link down, failed attempts, and a close that ends all threads.
 */
class PeerConnectorTest {
    static final RsaPrivateKey ACCEPTOR_KEY = Rsa.generate(2048, 1);
    static final ClientIdentity ME = TestRelays.client(1);
    static final Duration WAIT = Duration.ofSeconds(5);
    static final S2Timings FAST = S2Timings.scaled(0.2);

    /** Everything the connector reported, in order. */
    static final class Recorder implements LinkEvents {
        final List<RelayLink> up = new CopyOnWriteArrayList<>();
        final List<String> failed = new CopyOnWriteArrayList<>();
        final List<S2Message> messages = new CopyOnWriteArrayList<>();
        final List<String> down = new CopyOnWriteArrayList<>();

        @Override
        public void linkUp(RelayLink link) {
            up.add(link);
        }

        @Override
        public void connectFailed(RelayEndpoint endpoint, String reason) {
            failed.add(endpoint.hostPort() + ": " + reason);
        }

        @Override
        public void message(RelayLink link, S2Message message) {
            messages.add(message);
        }

        @Override
        public void linkDown(RelayLink link, String reason) {
            down.add(reason);
        }
    }

    ServerSocketChannel server;
    final List<S2Session> sessions = new CopyOnWriteArrayList<>();
    final List<Frame> received = new CopyOnWriteArrayList<>();
    Thread acceptor;
    PeerConnector connector;

    private int port() {
        return server.socket().getLocalPort();
    }

    @BeforeEach
    void listen() throws IOException {
        server = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        int port = port();
        NodeIdentity id = NodeIdentity.of(ACCEPTOR_KEY, NodeType.RELAY, "jrelay-test", NodeIdentity.RELAY_DEVICE_ID);
        HandshakeSettings settings = new HandshakeSettings(id, TestRelays.LOCAL, "127.0.0.1:" + port, port,
                SignatureVerifier.rsa(), ConnectionOptions.defaults().withTimings(FAST));
        ServerHandshake.Handler handler = new ServerHandshake.Handler() {
            @Override
            public void onEstablished(S2Session s) {
                sessions.add(s);
            }

            @Override
            public void onFrame(S2Session s, Frame f) {
                received.add(f);
            }

            @Override
            public void onClosed(S2Session s, CloseReason r) {}
        };
        acceptor = Thread.ofVirtual().start(() -> {
            while (server.isOpen()) {
                try {
                    SocketChannel s = server.accept();
                    ServerHandshake.accept(s, settings, () -> new BlockStamp(1, new byte[0], 13), 10, handler);
                } catch (IOException e) {
                    return;
                }
            }
        });
        ClientTimings t = ClientTimings.defaults().withConnection(FAST);
        connector = new PeerConnector(new S2ClientConfig(TestRelays.LOCAL, ME,
                List.of(new io.linnet.s2.wire.SeedNode("127.0.0.1", port, Optional.empty())), t,
                InstantSource.system(), "linnet-test", 1));
    }

    @AfterEach
    void stop() throws Exception {
        connector.close();
        server.close();
        sessions.forEach(S2Session::close);
        acceptor.join(WAIT);
    }

    RelayEndpoint endpoint() {
        return new RelayEndpoint("127.0.0.1", port(), Optional.empty());
    }

    @Test
    void handshakesCarriesMessagesBothWaysAndReportsTheEnd() throws Exception {
        Recorder r = new Recorder();
        connector.connect(endpoint(), r);
        Await.until(WAIT, () -> r.up.size() == 1 && sessions.size() == 1, "the handshake");
        RelayLink link = r.up.getFirst();
        assertEquals(ClientIdentity.of(ACCEPTOR_KEY, new byte[16]).address(), link.relayAddress());
        assertEquals("127.0.0.1:" + port(), link.publicHostPort());
        assertEquals(ME.address(), sessions.getFirst().peerAddress());

        assertTrue(link.send(new GetPresence2(ME.address())));
        Await.until(WAIT, () -> received.size() == 1, "the frame at the acceptor");
        assertEquals(new GetPresence2(ME.address()).toFrame(), received.getFirst());

        StreamMessage m = StreamMessage.builder(1, InstantSource.system()).sender(ME.address())
                .recipient(ME.address()).data(Bytes.utf8("x")).build();
        sessions.getFirst().send(S2Data.of(m));
        Await.until(WAIT, () -> r.messages.size() == 1, "the frame at the client");
        assertEquals(m, ((S2Data) r.messages.getFirst()).message());

        sessions.getFirst().close();
        Await.until(WAIT, () -> r.down.size() == 1, "the link going down");
        assertEquals(List.of(), r.failed);
    }

    @Test
    void aWrongPinnedAddressOrAClosedPortFailsTheAttempt() throws Exception {
        Recorder r = new Recorder();
        connector.connect(new RelayEndpoint("127.0.0.1", port(), Optional.of(ME.address())), r);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        connector.connect(new RelayEndpoint("127.0.0.1", closedPort, Optional.empty()), r);
        Await.until(WAIT, () -> r.failed.size() == 2, () -> "two failures, got " + r.failed);
        assertEquals(List.of(), r.up);
    }

    @Test
    void closeEndsConnectionsAndAttemptThreads() throws Exception {
        Recorder r = new Recorder();
        connector.connect(endpoint(), r);
        connector.connect(endpoint(), r);
        Await.until(WAIT, () -> r.up.size() == 2, "two links");
        connector.close();
        Await.until(WAIT, () -> sessions.stream().noneMatch(S2Session::isOpen), "the acceptor seeing both close");
        assertEquals(List.of(), Await.threads("s2client-"), "attempt threads end before close returns");
        Await.noThreadsLeft(WAIT, "s2-conn-");
    }
}
