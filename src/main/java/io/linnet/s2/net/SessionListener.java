package io.linnet.s2.net;

import io.linnet.s2.wire.Frame;

/**
 * Receives what arrives on an established {@link S2Session}. Same threading as
 * {@link ConnectionListener}: calls come one at a time, in order, on the session's I/O loop (so they
 * must not block), and {@link #onClosed} comes exactly once, last.
 */
public interface SessionListener {

    /** A frame that arrived after the handshake ({@code bye} frames end the session instead). */
    void onFrame(S2Session session, Frame frame);

    /** The session has ended. */
    void onClosed(S2Session session, CloseReason reason);
}
