package io.linnet.s2.relay.bench;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.s2.net.ClientHandshake;
import io.linnet.s2.net.CloseReason;
import io.linnet.s2.net.HandshakeSettings;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.S2Session;
import io.linnet.s2.net.SessionListener;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import io.linnet.s2.wire.NetworkProfile;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * N Linnet S2 clients on one relay, each a real client session ({@link ClientHandshake}, then a
 * {@link io.linnet.s2.net.PeerConnection}; all of them served by the connection layer's shared I/O loops,
 * one per processor, as the MQTT clients share one Netty event loop group), sending {@code s2data} to
 * its partner. Every message is a v1 StreamMessage (type data, unencrypted) whose
 * data field holds the {@link Stamp} followed by filler; the encoded message is built once per client
 * and only the stamp changes, so the relay sees exactly what a client would send.
 */
final class S2Fleet implements Fleet {
    private final S2Session[] sessions;
    private final byte[][] templates;
    private final int stampOffset;
    private final LongAdder disconnects = new LongAdder();
    private volatile String firstDisconnect = "";
    private volatile boolean closing;

    private S2Fleet(int n, byte[][] templates, int stampOffset) {
        this.sessions = new S2Session[n];
        this.templates = templates;
        this.stampOffset = stampOffset;
    }

    /** Connects {@code keys.size()} clients (an even number) to the relay, a few handshakes at a time. */
    static S2Fleet connect(InetSocketAddress relay, List<RsaPrivateKey> keys, int dataBytes, Delivery delivery)
            throws Exception {
        int n = keys.size();
        NodeIdentity[] ids = new NodeIdentity[n];
        for (int i = 0; i < n; i++) {
            ids[i] = NodeIdentity.of(keys.get(i), NodeType.CLIENT, "linnet-bench", new byte[] {1, 2, 3, 4});
        }
        byte[][] templates = new byte[n][];
        for (int i = 0; i < n; i++) {
            templates[i] = message(ids[i].address(), ids[Fleet.partner(i)].address(), dataBytes);
        }
        int offset = stampOffset(templates[0], dataBytes);
        S2Fleet fleet = new S2Fleet(n, templates, offset);
        try (ExecutorService pool = Executors.newFixedThreadPool(8, Thread.ofVirtual().factory())) {
            List<Future<S2Session>> sessions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                HandshakeSettings settings = HandshakeSettings.client(ids[i], NetworkProfile.local());
                SessionListener listener = fleet.listener(i, delivery);
                sessions.add(pool.submit(() -> ClientHandshake.connect(relay, settings, Optional.empty(), listener)));
            }
            for (int i = 0; i < n; i++) {
                fleet.sessions[i] = sessions.get(i).get();
            }
        } catch (Exception e) {
            fleet.close();
            throw e;
        }
        return fleet;
    }

    /** Bytes of the s2data payload the clients of {@code keys} send, for {@code dataBytes} of data. */
    static int payloadBytes(List<RsaPrivateKey> keys, int dataBytes) {
        Address a = NodeIdentity.of(keys.get(0), NodeType.CLIENT, "linnet-bench", new byte[4]).address();
        Address b = NodeIdentity.of(keys.get(1), NodeType.CLIENT, "linnet-bench", new byte[4]).address();
        return message(a, b, dataBytes).length;
    }

    /** The network form of a data message from {@code from} to {@code to} with {@code dataBytes} of data. */
    private static byte[] message(Address from, Address to, int dataBytes) {
        byte[] data = new byte[dataBytes];
        Arrays.fill(data, (byte) 0x5A);
        Stamp.write(data, 0, -1L, -1, -1);
        byte[] id = new byte[StreamMessage.RANDOM_ID_BYTES];
        Arrays.fill(id, (byte) 0x42);
        return StreamMessage.builder(1, InstantSource.system()).type(StreamMessageCode.DATA)
                .encryptionType(EncryptionCode.NONE).id(Bytes.of(id)).sender(from).recipient(to)
                .data(Bytes.of(data)).requireRcvConfirmation(false).build().encode();
    }

    /** Where the data field (and so the stamp) starts: every template has the same layout. */
    private static int stampOffset(byte[] message, int dataBytes) {
        byte[] marker = new byte[Stamp.LENGTH];
        Stamp.write(marker, 0, -1L, -1, -1);
        for (int at = 0; at + dataBytes <= message.length; at++) {
            if (Arrays.equals(message, at, at + Stamp.LENGTH, marker, 0, Stamp.LENGTH)) {
                return at;
            }
        }
        throw new IllegalStateException("stamp not found in the encoded message");
    }

    private SessionListener listener(int index, Delivery delivery) {
        return new SessionListener() {
            @Override
            public void onFrame(S2Session session, Frame frame) {
                if (!frame.code().equals(MessageCode.S2_DATA)) {
                    return;
                }
                frame.readPayload((m, at, length) -> {
                    if (m[at] == 0) {
                        delivery.undeliverable(index); // relay errors are the only v0 messages here
                    } else {
                        delivery.delivered(index, Stamp.from(m, at + stampOffset), Stamp.nanos(m, at + stampOffset),
                                Stamp.phase(m, at + stampOffset));
                    }
                    return null;
                });
            }

            @Override
            public void onClosed(S2Session session, CloseReason reason) {
                if (!closing) {
                    disconnects.increment();
                    if (firstDisconnect.isEmpty()) {
                        firstDisconnect = "client " + index + ": " + reason;
                    }
                }
            }
        };
    }

    @Override
    public String name() {
        return "Linnet relay";
    }

    @Override
    public int size() {
        return sessions.length;
    }

    @Override
    public int payloadBytes() {
        return templates[0].length;
    }

    @Override
    public boolean send(int from, long nanos, int phase) {
        byte[] m = templates[from].clone();
        Stamp.write(m, stampOffset, nanos, phase, from);
        return sessions[from].send(new Frame(MessageCode.S2_DATA, m)); // what S2Data.toFrame() gives, one copy less
    }

    @Override
    public long disconnects() {
        return disconnects.sum();
    }

    @Override
    public String firstDisconnect() {
        return firstDisconnect;
    }

    @Override
    public void close() {
        closing = true;
        for (S2Session s : sessions) {
            if (s != null) {
                s.close();
            }
        }
    }
}
