package io.linnet.cli.daemon;

import com.sun.net.httpserver.HttpServer;
import io.linnet.ixian.wallet.WrongPasswordException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's local HTTP+JSON API (see docs/api.md) on the JDK's {@link HttpServer}, one virtual thread
 * per request. Listens on loopback only. Owns the {@link DaemonState}: closing the server closes the
 * event streams, then the listener, then the unlocked profile.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** How often an idle event stream gets a comment line. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final HttpServer server;
    private final ExecutorService executor;
    private final DaemonState state;
    private final EventStream events;

    private ApiServer(HttpServer server, ExecutorService executor, DaemonState state, EventStream events) {
        this.server = server;
        this.executor = executor;
        this.state = state;
        this.events = events;
    }

    /**
     * Starts listening on {@code at} (port 0 for any free port).
     *
     * @throws IllegalArgumentException {@code at} is not a loopback address
     */
    public static ApiServer start(InetSocketAddress at, ApiToken token, ProfileHost host, Duration heartbeat)
            throws IOException {
        if (at.getAddress() == null || !at.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the API listens on loopback only, not " + at.getHostString());
        }
        DaemonState state = new DaemonState(host);
        EventStream events = new EventStream(state, heartbeat);
        List<Route> routes = new ArrayList<>();
        routes.addAll(new IdentityEndpoints(state).routes());
        routes.addAll(new ContactEndpoints(state).routes());
        routes.addAll(new MessageEndpoints(state).routes());
        routes.addAll(new FileEndpoints(state).routes());
        routes.addAll(new MessageChangeEndpoints(state).routes());
        routes.addAll(new GroupEndpoints(state).routes());
        routes.addAll(events.routes());
        HttpServer server = HttpServer.create(at, 50);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", new ApiHandler(token, routes));
        server.start();
        return new ApiServer(server, executor, state, events);
    }

    /** Where it listens (the real port when started on port 0). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Unlocks the profile before any client asks (an unattended start with a password file); {@code false}
     * when the data directory holds no identity yet.
     *
     * @throws WrongPasswordException the password does not open the wallet
     */
    public boolean unlockAtStart(String password) throws WrongPasswordException {
        return state.unlockAtStart(password);
    }

    /** "none", "locked" or "unlocked". */
    public String identityState() {
        return state.describe();
    }

    /** Ends the event streams, stops listening (waiting up to a second for running requests), closes the profile. */
    @Override
    public void close() {
        events.close();
        server.stop(1);
        executor.shutdownNow();
        state.close();
        LOG.info("API stopped");
    }
}
