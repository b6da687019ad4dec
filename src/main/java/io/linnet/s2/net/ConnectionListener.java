package io.linnet.s2.net;

import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.WireEvent;

/**
 * Receives what arrives on one {@link PeerConnection}. All methods are called on that connection's
 * reader thread, one at a time and in stream order; {@link #onClosed} comes exactly once, last. A
 * method that blocks holds up this connection's reading (and only this connection's). A method that
 * throws ends the connection ({@link CloseReason.Kind#LISTENER_FAILED}).
 */
public interface ConnectionListener {

    /** A frame with a good checksum. {@code bye} frames are not passed here: they end the connection. */
    void onFrame(PeerConnection connection, Frame frame);

    /** The connection has ended; nothing more will be delivered. */
    void onClosed(PeerConnection connection, CloseReason reason);

    /** Broken input that was skipped (rejected header, CRC mismatch); for logging and statistics. */
    default void onWireProblem(PeerConnection connection, WireEvent problem) {}
}
