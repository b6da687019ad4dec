package io.linnet.s2.client;

/**
 * Opens connections to relays for the client engine. {@link #connect} never blocks the caller: it
 * starts the TCP connect and the client handshake elsewhere and then reports, on any thread, exactly
 * one of {@link LinkEvents#linkUp} or {@link LinkEvents#connectFailed}; after {@code linkUp} come the
 * link's messages and finally exactly one {@link LinkEvents#linkDown}.
 */
interface RelayConnector extends AutoCloseable {

    void connect(RelayEndpoint endpoint, LinkEvents events);

    /** Stops pending attempts and closes every connection it opened, waiting for their threads. */
    @Override
    void close();
}
