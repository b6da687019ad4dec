package io.linnet.s2.relay;

import io.linnet.s2.message.GetRandomPresences;
import io.linnet.s2.message.KeepAlivePresence;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.net.ClientHandshake;
import io.linnet.s2.net.CloseReason;
import io.linnet.s2.net.HandshakeException;
import io.linnet.s2.net.HandshakeSettings;
import io.linnet.s2.net.S2Session;
import io.linnet.s2.net.SessionListener;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.wire.Frame;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's outgoing links to the other relays of the roster (§7.4): one virtual thread per peer
 * dials it as an 'R' node (signed hello, the peer's address enforced when the roster pins it), sends
 * this relay's presence and asks for the peer's relay presences, and redials after
 * {@link RelayConfig#reconnectInterval()} whenever the link drops. Frames arriving on a link go to the
 * {@link RelayDispatcher} like any other.
 */
final class RosterLinks {
    private static final Logger log = LoggerFactory.getLogger(RosterLinks.class);

    private final List<RosterEntry> peers;
    private final HandshakeSettings settings;
    private final Duration reconnect;
    private final RelayDispatcher dispatcher;
    private final Supplier<Presence> own;
    private final Map<RosterEntry, S2Session> live = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    RosterLinks(List<RosterEntry> peers, HandshakeSettings settings, Duration reconnect, RelayDispatcher dispatcher,
            Supplier<Presence> own) {
        this.peers = List.copyOf(peers);
        this.settings = settings;
        this.reconnect = reconnect;
        this.dispatcher = dispatcher;
        this.own = own;
    }

    void start() {
        for (RosterEntry peer : peers) {
            threads.add(Thread.ofVirtual().name("relay-link-" + peer.hostPort()).start(() -> keepLinked(peer)));
        }
    }

    private void keepLinked(RosterEntry peer) {
        InetSocketAddress target = new InetSocketAddress(peer.host(), peer.port());
        while (stopping.getCount() > 0) {
            try {
                S2Session s = ClientHandshake.connect(target, settings, peer.address(), listener);
                live.put(peer, s);
                log.info("linked to relay {} ({})", peer.hostPort(), s.peerAddress());
                s.send(new UpdatePresence(own.get()));
                s.send(new GetRandomPresences(NodeType.RELAY));
                while (s.isOpen() && !stopping.await(100, TimeUnit.MILLISECONDS)) {
                    // the link lives until it closes or the relay stops
                }
                live.remove(peer, s);
                s.close();
            } catch (IOException | HandshakeException e) {
                log.debug("relay {} not reachable: {}", peer.hostPort(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                if (stopping.await(reconnect.toNanos(), TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private final SessionListener listener = new SessionListener() {
        @Override
        public void onFrame(S2Session session, Frame frame) {
            dispatcher.handle(session, frame);
        }

        @Override
        public void onClosed(S2Session session, CloseReason reason) {
            dispatcher.closed(session);
            log.info("link to relay {} ended: {}", session.peerAddress(), reason);
        }
    };

    /** Sends this relay's fresh KeepAlive over every live link. */
    void broadcast(KeepAlive ka) {
        live.values().forEach(s -> s.send(new KeepAlivePresence(ka)));
    }

    /** Roster peers linked right now. */
    int linked() {
        return (int) live.values().stream().filter(S2Session::isOpen).count();
    }

    /** Closes every link and waits for the link threads to end. */
    void stop() throws InterruptedException {
        stopping.countDown();
        live.values().forEach(S2Session::close);
        for (Thread t : threads) {
            t.join(settings.options().timings().connectTimeout().toMillis()
                    + settings.options().timings().handshakeDeadline().toMillis() + 2000);
        }
        for (S2Session s : live.values()) {
            s.connection().awaitClosed(Duration.ofSeconds(2));
        }
    }
}
