package io.linnet.s2.net;

import io.linnet.ixian.address.Address;
import io.linnet.s2.message.HelloData;
import io.linnet.s2.message.HelloFields;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.Frame;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * A connection whose handshake succeeded, with what the peer said about itself.
 *
 * @param connection        the transport
 * @param peer              the peer's hello fields (address, node type, device, key, port, ...)
 * @param timeOffsetSeconds on the dialling side, the connection's clock offset (local minus remote) from
 *                          the acceptor's time samples; 0 on the accepting side
 * @param helloData         on the dialling side, the acceptor's full answer (block fields, how it sees us)
 */
public record S2Session(PeerConnection connection, HelloFields peer, long timeOffsetSeconds,
        Optional<HelloData> helloData) {

    public S2Session {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(helloData, "helloData");
    }

    /** The address the peer proved (its hello address, equal to the address of its key). */
    public Address peerAddress() {
        return peer.address();
    }

    public NodeType peerType() {
        return peer.nodeType();
    }

    public InetSocketAddress remoteAddress() {
        return connection.remoteAddress();
    }

    /** Queues a message; false if refused (closed, closing or queue full). */
    public boolean send(S2Message message) {
        return connection.send(message);
    }

    public boolean send(Frame frame) {
        return connection.send(frame);
    }

    public boolean isOpen() {
        return connection.isOpen();
    }

    /** Closes the connection at once. */
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return "S2Session[" + peer.address() + " " + peer.nodeType() + " via " + connection + "]";
    }
}
