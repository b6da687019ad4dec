package io.linnet.cli;

import io.linnet.chat.identity.DataDirectory;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.RateLimit;
import io.linnet.s2.relay.RelayConfig;
import io.linnet.s2.relay.RelayIdentityStore;
import io.linnet.s2.relay.RelayNode;
import io.linnet.s2.relay.Roster;
import io.linnet.s2.wire.NetworkProfile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code linnet relay}: runs a relay node until Ctrl-C (or any termination signal). Logs go to stderr;
 * the line starting "relay ready:" says it is listening. See docs/network.md.
 */
@Command(name = "relay", mixinStandardHelpOptions = true,
        description = "Run a Linnet S2 relay for a local network (see docs/network.md).")
public final class RelayCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RelayCommand.class);

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:10235",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String listen;

    @Option(names = "--public-host", paramLabel = "HOST:PORT",
            description = "Address clients and peer relays dial, signed into the relay's presence "
                    + "(default: the listen address; required when listening on 0.0.0.0).")
    String publicHost;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the relay's wallet and its password file live (default: <platform data dir>/linnet/relay).")
    Path dataDir;

    @Option(names = "--profile", defaultValue = "local", paramLabel = "local|mainnet",
            description = "Network identity (default: ${DEFAULT-VALUE}). mainnet uses Ixian's lock but cannot serve "
                    + "real Ixian clients: it has no DLT behind it.")
    String profile;

    @Option(names = "--roster", paramLabel = "FILE",
            description = "Peer relays, one 'host:port [address]' per line; without it the relay runs alone.")
    Path roster;

    @Option(names = "--max-clients", defaultValue = "2000", description = "Most connections at once (default: ${DEFAULT-VALUE}).")
    int maxClients;

    @Option(names = "--rate-limit", defaultValue = "200", paramLabel = "FRAMES",
            description = "Frames per second one connection may send, 0 = unlimited (default: ${DEFAULT-VALUE}).")
    double framesPerSecond;

    @Option(names = "--rate-limit-bytes", defaultValue = "8388608", paramLabel = "BYTES",
            description = "Bytes per second one connection may send, 0 = unlimited (default: ${DEFAULT-VALUE}).")
    double bytesPerSecond;

    @Option(names = "--no-client-signature-check",
            description = "Accept client hellos without checking their signature, as Ixian relays do.")
    boolean noClientSignatureCheck;

    @Option(names = "--stats", defaultValue = "0", paramLabel = "SECONDS",
            description = "Log the relay's counters every SECONDS seconds, 0 = never (default: ${DEFAULT-VALUE}).")
    int statsSeconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        java.util.function.Function<NodeIdentity, RelayConfig> withIdentity = checkedOptions();
        RelayConfig config = withIdentity.apply(
                RelayIdentityStore.loadOrCreate(dataDir != null ? dataDir : DataDirectory.resolve(java.util.Optional.empty(), "relay")));
        if (config.profile().isMainnet()) {
            log.warn("mainnet profile: this relay signs with Ixian's lock but has no DLT; real Ixian nodes will not "
                    + "route to it and it cannot answer them as a mainnet relay would");
        }
        RelayNode node = new RelayNode(config);
        node.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.stop();
            stopped.countDown();
        }, "relay-shutdown"));
        while (!stopped.await(statsSeconds > 0 ? statsSeconds : 3600, TimeUnit.SECONDS)) {
            if (statsSeconds > 0) {
                log.info("stats: {}", node.stats().line());
            }
        }
        return 0;
    }

    /** Checks every option (exit 2 on nonsense) before any key is generated; the result builds the config. */
    java.util.function.Function<NodeIdentity, RelayConfig> checkedOptions() {
        NetworkProfile p = switch (profile) {
            case "local" -> NetworkProfile.local();
            case "mainnet" -> NetworkProfile.mainnet();
            default -> throw new InvalidInputException("--profile must be local or mainnet, not '" + profile + "'");
        };
        if (maxClients < 1 || framesPerSecond < 0 || bytesPerSecond < 0 || statsSeconds < 0) {
            throw new InvalidInputException("--max-clients must be positive; rates and --stats must not be negative");
        }
        InetSocketAddress at = hostPort("--listen", listen);
        if (publicHost == null && at.getAddress() != null && at.getAddress().isAnyLocalAddress()) {
            throw new InvalidInputException("listening on " + listen + " needs --public-host: the address peers dial");
        }
        String pub = publicHost == null ? null : hostPort("--public-host", publicHost).getHostString() + ":"
                + hostPort("--public-host", publicHost).getPort();
        Roster peers;
        try {
            peers = roster == null ? Roster.empty() : Roster.read(roster);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the roster " + roster + ": " + e.getMessage(), e);
        }
        return identity -> {
            RelayConfig c = RelayConfig.defaults(identity, at).withProfile(p).withMaxClients(maxClients)
                    .withRateLimit(new RateLimit(framesPerSecond, bytesPerSecond, 2))
                    .withRequireClientSignature(!noClientSignatureCheck).withRoster(peers);
            return pub == null ? c : c.withPublicHost(pub);
        };
    }

    private static InetSocketAddress hostPort(String option, String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new InvalidInputException(option + " must be HOST:PORT, not '" + value + "'");
        }
        try {
            int port = Integer.parseInt(value.substring(colon + 1));
            return new InetSocketAddress(value.substring(0, colon), port);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(option + " must be HOST:PORT with a port 0..65535, not '" + value + "'");
        }
    }
}
