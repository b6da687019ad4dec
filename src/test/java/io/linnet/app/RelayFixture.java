package io.linnet.app;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletType;
import io.linnet.s2.client.ClientTimings;
import io.linnet.s2.client.S2ClientConfig;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.relay.RelayConfig;
import io.linnet.s2.relay.RelayNode;
import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.SeedNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real relay on 127.0.0.1 and full profiles (wallet, encrypted SQLite, S2 client, engine) connected to
 * it, with the fast timings of {@link RelayChatIntegrationTest}. Profiles are created on first use and
 * reopened from the same directory afterwards. Not thread-safe; one per test.
 */
final class RelayFixture implements AutoCloseable {
    static final String PW = RelayChatIntegrationTest.PW;
    private final Path dir;
    private RelayConfig relayConfig;
    RelayNode relay;

    RelayFixture(Path dir) {
        this.dir = dir;
    }

    void startRelay() throws Exception {
        if (relayConfig == null) {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            NodeIdentity id = NodeIdentity.of(Rsa.generate(2048, 1), NodeType.RELAY, "jrelay-test", NodeIdentity.RELAY_DEVICE_ID);
            relayConfig = RelayConfig.defaults(id, new InetSocketAddress("127.0.0.1", port)).withTimings(
                    RelayChatIntegrationTest.CONNECTION, Duration.ofSeconds(200), Duration.ofMillis(200), Duration.ofMillis(250));
        }
        relay = new RelayNode(relayConfig);
        relay.start();
    }

    /** Opens the profile {@code name}, creating it (RSA-2048, nickname = name) the first time. */
    ProfileRuntime profile(String name) throws Exception {
        return profile(name, RelayChatIntegrationTest.CLIENT, RelayChatIntegrationTest.ENGINE);
    }

    /** {@link #profile(String)} with other client and engine timings. */
    ProfileRuntime profile(String name, ClientTimings client, EngineConfig engine) throws Exception {
        Path d = dir.resolve(name);
        SeedNode seed = new SeedNode("127.0.0.1", relayConfig.listen().getPort(), Optional.of(relayConfig.identity().address()));
        var network = (java.util.function.Function<io.linnet.s2.client.ClientIdentity, S2ClientConfig>) id -> new S2ClientConfig(
                NetworkProfile.local(), id, List.of(seed), client, InstantSource.system(), "linnet-test", 1);
        ProfileRuntime rt = Files.exists(d.resolve(ProfileRuntime.DATABASE_FILE))
                ? ProfileRuntime.open(d, PW, network, Runnable::run, engine)
                : ProfileRuntime.create(d, name, PW, wallet(), network, Runnable::run, engine);
        until(() -> rt.client().state().primaryRelay().isPresent(), name + " online");
        return rt;
    }

    static Wallet wallet() {
        RsaPrivateKey k = Rsa.generate(2048, 1);
        return new Wallet(5, WalletType.FULL, CryptoRandom.bytes(64), k.toIxianBytes(), k.publicKey().toIxianBytes(), null);
    }

    /** The whole handshake between two open profiles. */
    static void connect(Messenger a, Messenger b) throws Exception {
        await(a.addContact(b.address()));
        until(() -> b.contacts().stream().anyMatch(c -> c.address().equals(a.address())), "the request");
        await(b.acceptContact(a.address()));
        until(() -> RelayChatIntegrationTest.established(a, b) && RelayChatIntegrationTest.established(b, a), "established");
    }

    /** The whole handshake between every two of {@code all}. */
    static void connectAll(Messenger... all) throws Exception {
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                connect(all[i], all[j]);
            }
        }
    }

    static List<String> bodies(Messenger m, Messenger peer) {
        return m.history(peer.address(), 1000).stream().map(StoredMessage::body).toList();
    }

    static void until(BooleanSupplier c, String what) {
        RelayChatIntegrationTest.until(c, what);
    }

    static <T> T await(CompletionStage<T> s) throws Exception {
        return s.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (relay != null) {
            relay.stop();
        }
    }
}
