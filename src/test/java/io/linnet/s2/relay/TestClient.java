package io.linnet.s2.relay;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.s2.message.Hello;
import io.linnet.s2.message.HelloData;
import io.linnet.s2.message.HelloFields;
import io.linnet.s2.message.S2Data;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.net.NetTesting;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.RawPeer;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.NetworkProfile;
import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/**
 * A scripted S2 client on a raw socket, built only from the codecs: it does the 'C' handshake by hand,
 * pings in the background, and sends whatever a test asks for. What comes back is read off its
 * {@link RawPeer}.
 */
final class TestClient implements AutoCloseable {
    static final byte[] DEVICE = {0x11, 0x22, 0x33, 0x44};

    final NodeIdentity id;
    final RawPeer peer;
    final HelloData helloData;
    private final Thread pinger;

    private TestClient(NodeIdentity id, RawPeer peer, HelloData helloData) {
        this.id = id;
        this.peer = peer;
        this.helloData = helloData;
        this.pinger = Thread.ofVirtual().start(() -> {
            try {
                while (!peer.isEof()) {
                    peer.ping();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                // closed
            }
        });
    }

    /** Connects and completes the handshake, signing over "" as a client without a public address should. */
    static TestClient connect(int port, RsaPrivateKey key) throws IOException, InterruptedException, ProtocolException {
        return connect(port, key, 0);
    }

    /** {@link #connect(int, RsaPrivateKey)} with a socket receive buffer of {@code receiveBuffer} bytes (0: default). */
    static TestClient connect(int port, RsaPrivateKey key, int receiveBuffer)
            throws IOException, InterruptedException, ProtocolException {
        NodeIdentity id = NetTesting.client(key);
        RawPeer peer = RawPeer.connect(port, receiveBuffer);
        peer.send(hello(id, 12345, ""));
        HelloData hd = (HelloData) peer.awaitMessage(MessageCode.HELLO_DATA, NetTesting.WAIT);
        return new TestClient(id, peer, hd);
    }

    static Hello hello(NodeIdentity id, int challenge, String signedHost) {
        HelloFields f = HelloFields.of(id.key(), NetworkProfile.local(), NodeType.CLIENT, id.productVersion(),
                id.deviceId(), 0, 0).sign(id.key(), NetworkProfile.local(), signedHost, challenge);
        return new Hello(f, challenge);
    }

    Address address() {
        return id.address();
    }

    TestClient send(S2Message m) throws IOException {
        peer.send(m);
        return this;
    }

    /** This client's presence: one 'C' entry pointing at {@code relayHostPort}, signed now. */
    Presence presence(String relayHostPort) {
        long now = InstantSource.system().instant().getEpochSecond();
        PresenceAddress e = new PresenceAddress(DEVICE, relayHostPort, NodeType.CLIENT, "linnet-test", now, null, null)
                .sign(address(), id.key(), NetworkProfile.local().checksumLock());
        return new Presence(address(), id.publicKeyBytes(), null, List.of(e));
    }

    TestClient publish(String relayHostPort) throws IOException {
        return send(new UpdatePresence(presence(relayHostPort)));
    }

    KeepAlive keepAlive(String relayHostPort, long timestamp) {
        return new KeepAlive(address(), DEVICE, timestamp, relayHostPort, NodeType.CLIENT, null, null)
                .sign(id.key(), NetworkProfile.local().checksumLock());
    }

    /** A v1 data message from {@code sender} to {@code to} carrying {@code text}, id = the text's bytes. */
    static S2Data message(Address sender, Address to, String text) {
        StreamMessage m = StreamMessage.builder(1, InstantSource.system()).type(StreamMessageCode.DATA)
                .encryptionType(EncryptionCode.NONE).id(Bytes.utf8("id-" + text)).sender(sender).recipient(to)
                .data(Bytes.utf8(text)).build();
        return S2Data.of(m);
    }

    TestClient sendTo(Address to, String text) throws IOException {
        return send(message(address(), to, text));
    }

    /** The next s2data that arrives. */
    S2Data awaitData(Duration timeout) throws InterruptedException, ProtocolException {
        return (S2Data) peer.awaitMessage(MessageCode.S2_DATA, timeout);
    }

    @Override
    public void close() throws IOException {
        peer.close();
        pinger.interrupt();
    }
}
