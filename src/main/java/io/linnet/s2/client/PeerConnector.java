package io.linnet.s2.client;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.s2.message.Messages;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.net.ClientHandshake;
import io.linnet.s2.net.CloseReason;
import io.linnet.s2.net.ConnectionOptions;
import io.linnet.s2.net.HandshakeException;
import io.linnet.s2.net.HandshakeSettings;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.S2Session;
import io.linnet.s2.net.SessionListener;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.Frame;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link RelayConnector} over the connection layer ({@code io.linnet.s2.net}): every attempt runs
 * {@link ClientHandshake#connect} (which blocks for the TCP connect and the handshake) on its own virtual
 * thread, so the engine thread never waits for the network. Thread-safe.
 */
final class PeerConnector implements RelayConnector {
    private static final Logger log = LoggerFactory.getLogger(PeerConnector.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final HandshakeSettings settings;
    private final Set<Thread> attempts = ConcurrentHashMap.newKeySet();
    private final Set<PeerLink> links = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    PeerConnector(S2ClientConfig config) {
        NodeIdentity id = NodeIdentity.of(config.identity().key(), NodeType.CLIENT, config.productVersion(),
                config.identity().deviceId());
        ConnectionOptions options = ConnectionOptions.defaults().withTimings(config.timings().connection())
                .withClock(config.clock());
        this.settings = HandshakeSettings.client(id, config.profile()).withOptions(options);
    }

    @Override
    public void connect(RelayEndpoint endpoint, LinkEvents events) {
        if (closed) {
            events.connectFailed(endpoint, "client closing");
            return;
        }
        Thread t = Thread.ofVirtual().name("s2client-connect-" + endpoint.hostPort()).unstarted(() -> {
            try {
                attempt(endpoint, events);
            } finally {
                attempts.remove(Thread.currentThread());
            }
        });
        attempts.add(t);
        t.start();
    }

    private void attempt(RelayEndpoint endpoint, LinkEvents events) {
        PeerLink link = new PeerLink(endpoint, events);
        try {
            InetSocketAddress target = new InetSocketAddress(endpoint.host(), endpoint.port());
            if (target.isUnresolved()) {
                events.connectFailed(endpoint, "cannot resolve " + endpoint.host());
                return;
            }
            S2Session session = ClientHandshake.connect(target, settings, endpoint.expected(), link);
            links.add(link);
            if (closed) {
                session.close();
            }
            link.established(session);
        } catch (IOException e) {
            events.connectFailed(endpoint, "connect: " + e.getMessage());
        } catch (HandshakeException e) {
            events.connectFailed(endpoint, "handshake: " + e.reason());
        } catch (InterruptedException e) {
            events.connectFailed(endpoint, "interrupted");
        }
    }

    @Override
    public void close() {
        closed = true;
        attempts.forEach(Thread::interrupt);
        for (PeerLink l : links) {
            l.close();
        }
        for (PeerLink l : links) {
            l.awaitClosed();
        }
        for (Thread t : attempts) {
            try {
                t.join(CLOSE_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        for (PeerLink l : links) {
            l.awaitClosed();
        }
    }

    /** One established session seen as a {@link RelayLink}; reports its ending exactly once. */
    private final class PeerLink implements RelayLink, SessionListener {
        private final RelayEndpoint endpoint;
        private final LinkEvents events;
        private volatile S2Session session;
        private boolean reportedUp;
        private CloseReason endedEarly;

        PeerLink(RelayEndpoint endpoint, LinkEvents events) {
            this.endpoint = endpoint;
            this.events = events;
        }

        void established(S2Session s) {
            CloseReason early;
            synchronized (this) {
                session = s;
                early = endedEarly;
                reportedUp = early == null;
            }
            if (early != null) {
                links.remove(this);
                events.connectFailed(endpoint, "closed right after the handshake: " + early);
            } else {
                events.linkUp(this);
            }
        }

        @Override
        public void onFrame(S2Session s, Frame frame) {
            session = s;
            S2Message m;
            try {
                m = Messages.decode(frame);
            } catch (ProtocolException e) {
                log.debug("dropping malformed {} from {}: {}", frame.code(), endpoint.hostPort(), e.getMessage());
                return;
            }
            events.message(this, m);
        }

        @Override
        public void onClosed(S2Session s, CloseReason reason) {
            boolean wasUp;
            synchronized (this) {
                wasUp = reportedUp;
                if (!wasUp) {
                    endedEarly = reason;
                }
            }
            if (wasUp) {
                links.remove(this);
                events.linkDown(this, reason.toString());
            }
        }

        void awaitClosed() {
            S2Session s = session;
            if (s == null) {
                return;
            }
            try {
                s.connection().awaitClosed(CLOSE_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public RelayEndpoint endpoint() {
            return endpoint;
        }

        @Override
        public Address relayAddress() {
            return session.peerAddress();
        }

        @Override
        public String publicHostPort() {
            S2Session s = session;
            int port = s.peer().port() > 0 ? s.peer().port() : endpoint.port();
            return s.remoteAddress().getAddress().getHostAddress() + ":" + port;
        }

        @Override
        public long timeOffsetSeconds() {
            return session.timeOffsetSeconds();
        }

        @Override
        public boolean send(S2Message message) {
            S2Session s = session;
            return s != null && s.send(message);
        }

        @Override
        public void close() {
            S2Session s = session;
            if (s != null) {
                s.close();
            }
        }

        @Override
        public String toString() {
            return "PeerLink[" + endpoint.hostPort() + "]";
        }
    }
}
