package io.linnet.cli.daemon;

import io.linnet.chat.identity.DataDirectory;
import io.linnet.cli.InvalidInputException;
import io.linnet.ixian.wallet.WrongPasswordException;
import io.linnet.s2.wire.SeedNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code linnet daemon}: runs one profile's engine without a window and serves the local HTTP+JSON API
 * (docs/api.md) until Ctrl-C or SIGTERM, then stops the API, the engine, the client and the database in
 * that order. Logs go to stderr; the line starting "daemon ready:" names the API address.
 *
 * <p>The profile itself is wired by the composition root, which hands a factory to
 * {@link #useProfiles(Function)} before the command line runs.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "Run the messaging engine headless with a local HTTP+JSON API (see docs/api.md).")
public final class DaemonCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonCommand.class);
    private static volatile Function<DaemonSettings, ProfileHost> profiles;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The profile directory: wallet, database, api-token (default: <platform data dir>/linnet/default).")
    Path dataDir;

    @Option(names = "--api", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:7735",
            description = "Loopback address of the API (default: ${DEFAULT-VALUE}; port 0 = any free port).")
    String api;

    @Option(names = "--relay", paramLabel = "HOST:PORT",
            description = "A relay to start from; repeatable (default: the local network's 127.0.0.1:10235).")
    List<String> relays = new ArrayList<>();

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Unlock the profile at start with the password in FILE (owner-readable only; default: the file"
                    + " named by $" + PasswordFile.ENV + ", if set).")
    Path passwordFile;

    @Option(names = "--test-only-rsa-2048", hidden = true,
            description = "TEST ONLY: create RSA-2048 identities (fast, weaker) instead of RSA-4096.")
    boolean testKeys;

    @Option(names = "--test-only-fast-timings", hidden = true,
            description = "TEST ONLY: sub-second client and outbox timers for tests on loopback.")
    boolean testTimings;

    /** Installs the composition root's profile wiring; {@code app.Launcher} calls this. */
    public static void useProfiles(Function<DaemonSettings, ProfileHost> factory) {
        profiles = factory;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Function<DaemonSettings, ProfileHost> factory = profiles;
        if (factory == null) {
            throw new IllegalStateException("the daemon is not wired: start it through linnet.jar's Launcher");
        }
        InetSocketAddress at = loopback(api);
        List<SeedNode> seeds = new ArrayList<>();
        for (String r : relays.isEmpty() ? List.of("127.0.0.1:10235") : relays) {
            InetSocketAddress a = hostPort("--relay", r);
            seeds.add(new SeedNode(a.getHostString(), a.getPort(), Optional.empty()));
        }
        Path dir = dataDir != null ? dataDir.toAbsolutePath() : DataDirectory.resolve(Optional.empty(), DataDirectory.DEFAULT_PROFILE);
        if (testKeys || testTimings) {
            LOG.warn("TEST-ONLY options in use (rsa-2048 {}, fast timings {}): not for real identities", testKeys, testTimings);
        }
        Optional<Path> pwFile = PasswordFile.choose(passwordFile, System.getenv());
        String password = pwFile.map(PasswordFile::read).orElse(null);
        ApiToken token = ApiToken.loadOrCreate(dir);
        ProfileHost host = factory.apply(new DaemonSettings(dir, seeds, testKeys, testTimings));
        ApiServer server = ApiServer.start(at, token, host, ApiServer.HEARTBEAT);
        if (password != null) {
            unlockAtStart(server, password, pwFile.get());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping");
            server.close();
            LOG.info("daemon stopped");
            stopped.countDown();
        }, "daemon-shutdown"));
        InetSocketAddress bound = server.address();
        LOG.info("daemon ready: api http://{}:{} identity {} data {} relays {}", bound.getAddress().getHostAddress(),
                bound.getPort(), server.identityState(), dir, seeds.stream().map(SeedNode::hostPort).toList());
        stopped.await();
        return 0;
    }

    /** Unlocks with the password file's password; a wrong one stops the daemon (exit code 2). */
    private static void unlockAtStart(ApiServer server, String password, Path file) {
        try {
            if (server.unlockAtStart(password)) {
                LOG.info("unlocked with the password in {}", file);
            } else {
                LOG.warn("no identity yet, so {} is not used now: create one with POST /v1/identity", file);
            }
        } catch (WrongPasswordException e) {
            server.close();
            throw new InvalidInputException("the password in " + file + " does not open the wallet");
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The API address; anything but a loopback address is refused. */
    static InetSocketAddress loopback(String value) {
        InetSocketAddress a = hostPort("--api", value);
        if (a.getAddress() == null || !a.getAddress().isLoopbackAddress()) {
            throw new InvalidInputException("--api must be a loopback address (127.0.0.1, ::1 or localhost), not '" + value + "'");
        }
        return a;
    }

    private static InetSocketAddress hostPort(String option, String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new InvalidInputException(option + " must be HOST:PORT, not '" + value + "'");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
            if (port < 0 || port > 0xFFFF) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException(option + " must be HOST:PORT with a port 0..65535, not '" + value + "'");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new InvalidInputException(option + ": unknown host '" + host + "'");
        }
    }
}
