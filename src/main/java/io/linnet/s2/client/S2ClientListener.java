package io.linnet.s2.client;

import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.message.RelayError;

/**
 * Receives what an {@link S2Client} sees on the network.
 *
 * <p>Threading: every callback of one client runs on that client's single event thread
 * ("s2client-events-…"), one at a time and in the order the events happened. Callbacks must not block
 * for long (a slow listener delays the ones after it, never the network). A UI hops to its own thread
 * itself. An exception thrown by a listener is logged and does not affect the client.
 */
public interface S2ClientListener {

    /**
     * A StreamMessage addressed to this client arrived. Relay errors are not passed here but to
     * {@link #onRelayError}; messages that do not parse are dropped with a log line.
     *
     * @param message the message, as received (still encrypted if it was sent encrypted)
     * @param relay   "host:port" of the relay it came through
     */
    default void onStreamMessage(StreamMessage message, String relay) {}

    /** The set of connected relays, the primary relay or the network-time offset changed. */
    default void onConnectionStateChanged(ClientState state) {}

    /**
     * A relay reported that a message could not be delivered because its recipient is not connected
     * there. The matching {@link S2Client#send} result (if the send is still waiting) is
     * {@link DeliveryResult.Outcome#UNREACHABLE} unless the client found another route.
     *
     * @param relay "host:port" of the relay that answered
     */
    default void onRelayError(RelayError error, String relay) {}
}
