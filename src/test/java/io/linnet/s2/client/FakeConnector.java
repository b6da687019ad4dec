package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import io.linnet.s2.message.S2Message;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A connector without sockets: records attempts; the test decides which succeed, fail or drop. */
final class FakeConnector implements RelayConnector {
    final List<RelayEndpoint> attempts = new CopyOnWriteArrayList<>();
    volatile LinkEvents events;
    volatile boolean closed;

    @Override
    public void connect(RelayEndpoint endpoint, LinkEvents e) {
        attempts.add(endpoint);
        events = e;
    }

    long attemptsTo(String hostPort) {
        return attempts.stream().filter(a -> a.hostPort().equals(hostPort)).count();
    }

    FakeLink up(String hostPort, Address relay) {
        RelayEndpoint ep = attempts.reversed().stream().filter(a -> a.hostPort().equals(hostPort)).findFirst()
                .orElseThrow(() -> new AssertionError("no attempt to " + hostPort));
        FakeLink l = new FakeLink(ep, relay);
        events.linkUp(l);
        return l;
    }

    void fail(String hostPort) {
        events.connectFailed(attempts.reversed().stream().filter(a -> a.hostPort().equals(hostPort)).findFirst()
                .orElseThrow(), "refused");
    }

    void down(FakeLink l) {
        l.closed = true;
        events.linkDown(l, "gone");
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A link that keeps what the engine sends. */
    static final class FakeLink implements RelayLink {
        final RelayEndpoint endpoint;
        final Address relay;
        final List<S2Message> sent = new CopyOnWriteArrayList<>();
        long offset;
        volatile boolean closed;

        FakeLink(RelayEndpoint endpoint, Address relay) {
            this.endpoint = endpoint;
            this.relay = relay;
        }

        @Override
        public RelayEndpoint endpoint() {
            return endpoint;
        }

        @Override
        public Address relayAddress() {
            return relay;
        }

        @Override
        public String publicHostPort() {
            return endpoint.hostPort();
        }

        @Override
        public long timeOffsetSeconds() {
            return offset;
        }

        @Override
        public boolean send(S2Message message) {
            if (closed) {
                return false;
            }
            sent.add(message);
            return true;
        }

        @Override
        public void close() {
            closed = true;
        }

        <T extends S2Message> List<T> sent(Class<T> type) {
            return sent.stream().filter(type::isInstance).map(type::cast).toList();
        }

        void clear() {
            sent.clear();
        }
    }
}
