package io.linnet.s2.net;

import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.WireEvent;

/**
 * Receives what arrives on one {@link PeerConnection}, one call at a time and in stream order;
 * {@link #onClosed} comes exactly once, last. Until the connection's handshake is complete the calls run
 * on a virtual thread of that connection and may block (a handshake signs and verifies). After it, they
 * run on the connection's I/O loop, which serves many connections: a call there must not block or take
 * long, or every connection of that loop waits (hand slow work to another thread). A method that throws
 * ends the connection ({@link CloseReason.Kind#LISTENER_FAILED}).
 */
public interface ConnectionListener {

    /** A frame with a good checksum. {@code bye} frames are not passed here: they end the connection. */
    void onFrame(PeerConnection connection, Frame frame);

    /** The connection has ended; nothing more will be delivered. */
    void onClosed(PeerConnection connection, CloseReason reason);

    /** Broken input that was skipped (rejected header, CRC mismatch); for logging and statistics. */
    default void onWireProblem(PeerConnection connection, WireEvent problem) {}
}
