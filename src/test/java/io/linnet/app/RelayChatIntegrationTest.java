package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.identity.WalletVault;
import io.linnet.chat.store.Backoff;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletType;
import io.linnet.s2.client.ClientTimings;
import io.linnet.s2.client.S2ClientConfig;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.S2Timings;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.relay.RelayConfig;
import io.linnet.s2.relay.RelayNode;
import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.SeedNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two full profiles (wallet file, encrypted SQLite file, S2 client, engine) talking through a real relay on
 * 127.0.0.1: handshake, chat with receipts, edit, reaction, delete, and a relay restart in the middle of the
 * conversation after which every message arrives once and in order.
 */
class RelayChatIntegrationTest {
    static final String PW = "integration-password";
    static final S2Timings CONNECTION = new S2Timings(Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(200));
    static final ClientTimings CLIENT = ClientTimings.defaults().withConnection(CONNECTION)
            .withLookupTimeout(Duration.ofSeconds(2)).withRelayErrorWait(Duration.ofMillis(300))
            .withSendTimeout(Duration.ofSeconds(5)).withTick(Duration.ofMillis(50))
            .withBackoff(new io.linnet.s2.client.Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 2.0, 0.2));
    static final EngineConfig ENGINE = EngineConfig.defaults().withTick(Duration.ofMillis(100))
            .withBackoff(new Backoff(Duration.ofMillis(300), 2.0, Duration.ofSeconds(1)));

    @TempDir
    Path dir;
    RelayConfig relayConfig;
    RelayNode relay;
    ProfileRuntime a;
    ProfileRuntime b;

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {a, b}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // best effort
                }
            }
        }
        if (relay != null) {
            relay.stop();
        }
    }

    static RsaPrivateKey key() {
        return Rsa.generate(2048, 1);
    }

    void startRelay() throws Exception {
        if (relayConfig == null) {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            NodeIdentity id = NodeIdentity.of(key(), NodeType.RELAY, "jrelay-test", NodeIdentity.RELAY_DEVICE_ID);
            relayConfig = RelayConfig.defaults(id, new InetSocketAddress("127.0.0.1", port))
                    .withTimings(CONNECTION, Duration.ofSeconds(200), Duration.ofMillis(200), Duration.ofMillis(250));
        }
        relay = new RelayNode(relayConfig);
        relay.start();
    }

    ProfileRuntime profile(String name) throws Exception {
        Path d = dir.resolve(name);
        RsaPrivateKey k = key();
        WalletVault.in(d).create(new Wallet(5, WalletType.FULL, CryptoRandom.bytes(64), k.toIxianBytes(),
                k.publicKey().toIxianBytes(), null), PW);
        SeedNode seed = new SeedNode("127.0.0.1", relayConfig.listen().getPort(), Optional.of(relayConfig.identity().address()));
        return ProfileRuntime.open(d, PW, id -> new S2ClientConfig(NetworkProfile.local(), id, List.of(seed), CLIENT,
                InstantSource.system(), "linnet-test", 1), Runnable::run, ENGINE);
    }

    static void until(BooleanSupplier c, String what) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static <T> T await(java.util.concurrent.CompletionStage<T> s) throws Exception {
        return s.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    static boolean established(Messenger m, Messenger other) {
        return m.contacts().stream().anyMatch(c -> c.address().equals(other.address())
                && c.handshakeStatus() == HandshakeStatus.ESTABLISHED);
    }

    static MessageState state(Messenger m, Messenger peer, MessageKey k) {
        return m.history(peer.address(), 100).stream().filter(s -> s.key().equals(k)).map(StoredMessage::state).findFirst().orElse(null);
    }

    @Test
    void chatThroughARelayThatRestartsMidConversation() throws Exception {
        startRelay();
        a = profile("alice");
        b = profile("bob");
        Messenger alice = a.messenger();
        Messenger bob = b.messenger();
        until(() -> a.client().state().primaryRelay().isPresent() && b.client().state().primaryRelay().isPresent(), "online");

        await(alice.addContact(bob.address()));
        until(() -> !bob.contacts().isEmpty(), "the request");
        await(bob.acceptContact(alice.address()));
        until(() -> established(alice, bob) && established(bob, alice), "established");

        StoredMessage first = await(alice.sendText(bob.address(), "one"));
        until(() -> state(alice, bob, first.key()) == MessageState.DELIVERED, "delivered");
        await(bob.markRead(alice.address()));
        until(() -> state(alice, bob, first.key()) == MessageState.READ, "read");
        MessageKey atBob = new MessageKey(alice.address(), first.key().messageId());
        await(alice.edit(first.key(), "one (edited)"));
        until(() -> bob.history(alice.address(), 10).getFirst().body().equals("one (edited)"), "edit");
        await(bob.react(atBob, "🎉"));
        until(() -> alice.reactions(first.key()).size() == 1, "reaction");
        assertEquals("🎉", alice.reactions(first.key()).getFirst().reaction());

        relay.stop();
        for (int i = 2; i <= 5; i++) {
            await(alice.sendText(bob.address(), "msg " + i));
        }
        Thread.sleep(500);
        startRelay();
        until(() -> bob.history(alice.address(), 10).size() == 5, "the backlog after the restart");
        assertEquals(List.of("one (edited)", "msg 2", "msg 3", "msg 4", "msg 5"),
                bob.history(alice.address(), 10).stream().map(StoredMessage::body).toList());
        until(() -> alice.history(bob.address(), 10).stream().allMatch(m -> m.state() == MessageState.DELIVERED
                || m.state() == MessageState.READ), "all delivered");

        await(alice.deleteForEveryone(first.key()));
        until(() -> bob.history(alice.address(), 10).getFirst().deleted(), "delete");
        assertTrue(bob.history(alice.address(), 10).getFirst().body().isEmpty());
    }
}
