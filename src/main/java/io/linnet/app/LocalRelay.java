package io.linnet.app;

import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.relay.EmbeddedRelay;
import io.linnet.s2.relay.RelayConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay the app talks to on the {@code local} profile: one already listening on this computer
 * (another Linnet, or {@code linnet relay}), else a relay started inside this process.
 *
 * <p>Blocking (a TCP probe and possibly a key generation): call it off the JavaFX thread.
 */
public final class LocalRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalRelay.class);
    /** The first byte a relay sends on accept: the first of its five time samples. */
    private static final int TIME_SAMPLE = 0x02;

    private final String hostPort;
    private final EmbeddedRelay embedded;

    private LocalRelay(String hostPort, EmbeddedRelay embedded) {
        this.hostPort = hostPort;
        this.embedded = embedded;
    }

    /**
     * Uses the relay at {@code preferred} if one answers there like a relay; otherwise starts one on that
     * address, or on any free loopback port if the address is taken by something else.
     */
    public static LocalRelay ensure(InetSocketAddress preferred, NodeIdentitySource identity, Duration probeTimeout)
            throws IOException {
        // by number, so the relay signs and announces "127.0.0.1:port", what clients dial
        preferred = new InetSocketAddress(InetAddress.getByAddress(preferred.getAddress().getAddress()), preferred.getPort());
        if (answersLikeRelay(preferred, probeTimeout)) {
            LOG.info("using the relay already listening on {}", hostPort(preferred));
            return new LocalRelay(hostPort(preferred), null);
        }
        NodeIdentity id = identity.get();
        EmbeddedRelay relay;
        try {
            relay = EmbeddedRelay.start(RelayConfig.defaults(id, preferred));
        } catch (IOException taken) {
            LOG.info("{} is taken by something that is not a relay; starting the embedded relay on another port", hostPort(preferred));
            relay = EmbeddedRelay.start(RelayConfig.defaults(id, new InetSocketAddress(preferred.getAddress(), 0)));
        }
        LOG.info("embedded relay {} listening on {}", relay.address(), relay.hostPort());
        return new LocalRelay(relay.hostPort(), relay);
    }

    /** The relay already listening at {@code address}, if one answers there like a relay (starts nothing). */
    public static Optional<LocalRelay> existing(InetSocketAddress address, Duration probeTimeout) throws IOException {
        InetSocketAddress a = new InetSocketAddress(InetAddress.getByAddress(address.getAddress().getAddress()), address.getPort());
        return answersLikeRelay(a, probeTimeout) ? Optional.of(new LocalRelay(hostPort(a), null)) : Optional.empty();
    }

    /** Where the relay's identity comes from (loaded or created on first use). */
    @FunctionalInterface
    public interface NodeIdentitySource {
        NodeIdentity get() throws IOException;
    }

    static boolean answersLikeRelay(InetSocketAddress address, Duration timeout) {
        try (Socket s = new Socket()) {
            s.connect(address, (int) timeout.toMillis());
            s.setSoTimeout((int) timeout.toMillis());
            InputStream in = s.getInputStream();
            return in.read() == TIME_SAMPLE;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String hostPort(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }

    /** "127.0.0.1:port" of the relay in use. */
    public String hostPort() {
        return hostPort;
    }

    /** The relay started by this process, if it had to start one. */
    public Optional<EmbeddedRelay> embedded() {
        return Optional.ofNullable(embedded);
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
