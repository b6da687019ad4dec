package io.linnet.s2.net;

import static io.linnet.s2.net.NetTesting.WAIT;
import static io.linnet.s2.net.NetTesting.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.ByeReason;
import io.linnet.s2.message.Hello;
import io.linnet.s2.message.HelloData;
import io.linnet.s2.message.HelloFields;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.WireEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client and server handshakes against each other and against scripted raw peers. */
class HandshakeTest {
    private static RsaPrivateKey serverKey;
    private static RsaPrivateKey clientKey;
    private static RsaPrivateKey otherKey;

    private ServerSocketChannel server;
    private int port;
    private final LinkedBlockingQueue<S2Session> established = new LinkedBlockingQueue<>();
    private final List<Frame> serverFrames = new CopyOnWriteArrayList<>();
    private final AtomicReference<CloseReason> notEstablished = new AtomicReference<>();
    private final List<PeerConnection> accepted = new CopyOnWriteArrayList<>();
    private volatile Optional<Bye> admitAnswer = Optional.empty();

    @BeforeAll
    static void keys() {
        serverKey = NetTesting.key();
        clientKey = NetTesting.key();
        otherKey = NetTesting.key();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = NetTesting.listen();
        port = NetTesting.port(server);
        HandshakeSettings s = settings(NetTesting.relay(serverKey), "127.0.0.1:" + port, port);
        ServerHandshake.Handler handler = new ServerHandshake.Handler() {
            @Override
            public Optional<Bye> admit(Hello hello, InetSocketAddress remote) {
                return admitAnswer;
            }

            @Override
            public void onEstablished(S2Session session) {
                established.add(session);
            }

            @Override
            public void onNotEstablished(PeerConnection connection, CloseReason reason) {
                notEstablished.set(reason);
            }

            @Override
            public void onFrame(S2Session session, Frame frame) {
                serverFrames.add(frame);
                session.send(frame);
            }

            @Override
            public void onClosed(S2Session session, CloseReason reason) {}
        };
        Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    SocketChannel sock = server.accept();
                    accepted.add(ServerHandshake.accept(sock, s, () -> new BlockStamp(42, new byte[] {1, 2}, 13), 0, handler));
                }
            } catch (IOException e) {
                // server closed
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        accepted.forEach(PeerConnection::close);
    }

    private InetSocketAddress target() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    private static final SessionListener IGNORE = new SessionListener() {
        @Override
        public void onFrame(S2Session session, Frame frame) {}

        @Override
        public void onClosed(S2Session session, CloseReason reason) {}
    };

    @Test
    void clientAndServerAgreeOnEachOther() throws Exception {
        LinkedBlockingQueue<Frame> echoed = new LinkedBlockingQueue<>();
        SessionListener l = new SessionListener() {
            @Override
            public void onFrame(S2Session session, Frame frame) {
                echoed.add(frame);
            }

            @Override
            public void onClosed(S2Session session, CloseReason reason) {}
        };
        S2Session c = ClientHandshake.connect(target(), settings(NetTesting.client(clientKey), "", 0), Optional.empty(), l);
        try {
            assertEquals(NetTesting.relay(serverKey).address(), c.peerAddress());
            assertEquals(NodeType.RELAY, c.peerType());
            HelloData hd = c.helloData().orElseThrow();
            assertEquals(42, hd.lastBlockNum());
            assertTrue(hd.peerAddress().startsWith("127.0.0.1:"));
            assertEquals(5, c.connection().timeSamplesReceived());
            assertEquals(0, c.timeOffsetSeconds());
            S2Session s = established.poll(5, TimeUnit.SECONDS);
            assertEquals(NetTesting.client(clientKey).address(), s.peerAddress());
            assertEquals(NodeType.CLIENT, s.peerType());
            c.send(new Frame(MessageCode.GET_RANDOM_PRESENCES, new byte[] {'R'}));
            Frame back = echoed.poll(5, TimeUnit.SECONDS);
            assertEquals(MessageCode.GET_RANDOM_PRESENCES, back.code());
        } finally {
            c.close();
        }
    }

    @Test
    void wrongNetworkIsRefusedWithBye502() throws Exception {
        HandshakeSettings mainnetClient = new HandshakeSettings(NetTesting.client(clientKey), NetworkProfile.mainnet(), "",
                0, SignatureVerifier.rsa(), NetTesting.fastOptions());
        HandshakeException e = assertThrows(HandshakeException.class,
                () -> ClientHandshake.connect(target(), mainnetClient, Optional.empty(), IGNORE));
        assertEquals(CloseReason.Kind.BYE_RECEIVED, e.reason().kind());
        assertEquals(502, e.bye().orElseThrow().reasonCode());
        assertTrue(established.isEmpty());
    }

    @Test
    void addressThatIsNotTheKeysIsRefusedWithBye603() throws Exception {
        try (RawPeer raw = RawPeer.connect(port)) {
            HelloFields honest = HelloFields.of(clientKey, NetworkProfile.local(), NodeType.CLIENT, "x", new byte[] {1}, 0, 0);
            HelloFields forged = new HelloFields(6, NetTesting.client(otherKey).address(), true, NodeType.CLIENT, "x",
                    new byte[] {1}, honest.publicKey(), 0, 0, new byte[] {1});
            raw.send(new Hello(forged, 5));
            assertEquals(ByeReason.AUTH_FAILED.code(), raw.awaitBye(WAIT).reasonCode());
            assertTrue(raw.awaitEof(WAIT));
        }
        assertTrue(established.isEmpty());
    }

    @Test
    void unreadableHelloIsAnsweredWithBye501() throws Exception {
        try (RawPeer raw = RawPeer.connect(port)) {
            raw.write(io.linnet.s2.wire.FrameEncoder.encode(MessageCode.HELLO, new byte[] {6, 3}));
            assertEquals(501, raw.awaitBye(WAIT).reasonCode());
        }
    }

    @Test
    void admitHookCanRefuse() throws Exception {
        admitAnswer = Optional.of(new Bye(ByeReason.REJECTED, "full", ""));
        HandshakeException e = assertThrows(HandshakeException.class, () -> ClientHandshake.connect(target(),
                settings(NetTesting.client(clientKey), "", 0), Optional.empty(), IGNORE));
        assertEquals(605, e.bye().orElseThrow().reasonCode());
    }

    @Test
    void unexpectedRelayAddressIsRefusedByTheClientWithBye604() throws Exception {
        HandshakeException e = assertThrows(HandshakeException.class, () -> ClientHandshake.connect(target(),
                settings(NetTesting.client(clientKey), "", 0), Optional.of(NetTesting.client(otherKey).address()), IGNORE));
        assertEquals(CloseReason.Kind.BYE_SENT, e.reason().kind());
        assertEquals(604, e.bye().orElseThrow().reasonCode());
    }

    @Test
    void relayAdvertisingAnotherHostFailsTheClientsSignatureCheckWithBye600() throws Exception {
        server.close();
        try (ServerSocketChannel other = NetTesting.listen()) {
            int p = NetTesting.port(other);
            HandshakeSettings lying = settings(NetTesting.relay(serverKey), "10.9.9.9:" + p, p);
            Thread.ofVirtual().start(() -> {
                try {
                    accepted.add(ServerHandshake.accept(other.accept(), lying, () -> new BlockStamp(1, new byte[0], 13), 0,
                            new ServerHandshake.Handler() {
                                @Override
                                public void onEstablished(S2Session session) {}

                                @Override
                                public void onFrame(S2Session session, Frame frame) {}

                                @Override
                                public void onClosed(S2Session session, CloseReason reason) {}
                            }));
                } catch (IOException e) {
                    // closed
                }
            });
            HandshakeException e = assertThrows(HandshakeException.class, () -> ClientHandshake.connect(
                    new InetSocketAddress("127.0.0.1", p), settings(NetTesting.client(clientKey), "", 0), Optional.empty(),
                    IGNORE));
            assertEquals(600, e.bye().orElseThrow().reasonCode());
        }
    }

    @Test
    void relayHelloIsVerifiedOverTheConnectingIpAndAnnouncedPort() throws Exception {
        S2Session ok = ClientHandshake.connect(target(), settings(NetTesting.relay(otherKey), "127.0.0.1:4000", 4000),
                Optional.empty(), IGNORE);
        ok.close();
        assertEquals(NodeType.RELAY, established.poll(5, TimeUnit.SECONDS).peerType());
        HandshakeException e = assertThrows(HandshakeException.class, () -> ClientHandshake.connect(target(),
                settings(NetTesting.relay(otherKey), "127.0.0.1:4001", 4000), Optional.empty(), IGNORE));
        assertEquals(600, e.bye().orElseThrow().reasonCode());
    }

    @Test
    void silentConnectorIsCutAtTheHandshakeDeadline() throws Exception {
        try (RawPeer raw = RawPeer.connect(port)) {
            assertTrue(raw.awaitEof(WAIT));
            long samples = raw.seen().stream().filter(e -> e instanceof WireEvent.TimeSample).count();
            assertEquals(5, samples);
        }
        NetTesting.waitFor("not established", () -> notEstablished.get() != null, WAIT);
        CloseReason.Kind k = notEstablished.get().kind();
        assertTrue(k == CloseReason.Kind.HANDSHAKE_TIMEOUT || k == CloseReason.Kind.SILENCE_TIMEOUT, k.toString());
    }

    @Test
    void messageBeforeHelloIsAProtocolViolationWhenNoneAreTolerated() throws Exception {
        try (RawPeer raw = RawPeer.connect(port)) {
            raw.write(io.linnet.s2.wire.FrameEncoder.encode(MessageCode.GET_RANDOM_PRESENCES, new byte[] {'R'}));
            assertTrue(raw.awaitEof(WAIT));
        }
        NetTesting.waitFor("not established", () -> notEstablished.get() != null, WAIT);
        assertEquals(CloseReason.Kind.PROTOCOL_VIOLATION, notEstablished.get().kind());
        assertTrue(serverFrames.isEmpty());
    }

    @Test
    void noRelayListeningIsAnIoException() throws Exception {
        int unused;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unused = s.getLocalPort();
        }
        assertThrows(IOException.class, () -> ClientHandshake.connect(new InetSocketAddress("127.0.0.1", unused),
                settings(NetTesting.client(clientKey), "", 0), Optional.empty(), IGNORE));
        assertFalse(established.iterator().hasNext());
    }
}
