package io.linnet.s2.relay.bench;

/**
 * N connected clients of one system (the relay or the MQTT broker), paired 0↔1, 2↔3, …: each client
 * sends only to its partner. Implementations are driven by a {@link Workload} and report every
 * message that arrives to their {@link Delivery}.
 */
interface Fleet extends AutoCloseable {

    /** The system's name in the report. */
    String name();

    int size();

    /** Bytes of the message body every client sends (the s2data payload, or the MQTT payload). */
    int payloadBytes();

    /**
     * Hands one message from client {@code from} to its client stack, addressed to its partner, carrying
     * {@code nanos} and {@code phase} (see {@link Stamp}). Never blocks on the network; false if the
     * stack refused it.
     */
    boolean send(int from, long nanos, int phase);

    /** Connections that ended while the fleet was still in use. */
    long disconnects();

    /** Which client went first and why, or "" (for the report). */
    String firstDisconnect();

    /** Disconnects every client. */
    @Override
    void close();

    static int partner(int i) {
        return i ^ 1;
    }

    /** What a fleet tells about arriving messages; called from the clients' receiving threads. */
    interface Delivery {
        /** A message of {@code phase} from client {@code from} reached client {@code to}; {@code nanos} is its stamp. */
        void delivered(int to, int from, long nanos, int phase);

        /** The system answered client {@code to} that a message could not be delivered. */
        void undeliverable(int to);
    }
}
