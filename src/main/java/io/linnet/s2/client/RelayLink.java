package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import io.linnet.s2.message.S2Message;

/**
 * One connection to a relay whose handshake completed, as the client engine uses it. Implemented over
 * the connection layer's {@code PeerConnection}; tests use fakes.
 *
 * <p>Implementations are thread-safe: {@link #send} queues and never blocks on the network.
 */
interface RelayLink {

    /** Where this connection was dialled. */
    RelayEndpoint endpoint();

    /** The relay's wallet address from its {@code helloData}. */
    Address relayAddress();

    /**
     * What a client's presence names when this relay is its primary: the host it dialled and the port the
     * relay announced in its {@code helloData} (spec §6.3 step 4).
     */
    String publicHostPort();

    /** This connection's time offset in seconds (local minus remote) from the relay's time samples. */
    long timeOffsetSeconds();

    /** Queues a message; false if the connection is already closed. */
    boolean send(S2Message message);

    /** Closes the connection (a {@code bye} where the layer sends one); idempotent. */
    void close();
}
