package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.presence.NodeType;
import io.linnet.ui.NetworkSettings;
import io.linnet.ui.Session;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's command line, its network settings file, and how a profile finds (or starts) its relay. */
class DesktopProfilesTest {
    @TempDir
    Path dir;

    @Test
    void commandLine() {
        assertEquals(new DesktopStarter.Args(Optional.of(Path.of("/tmp/x")), Optional.of("ixian:abc")),
                DesktopStarter.Args.parse(new String[] {"--data-dir", "/tmp/x", "ixian:abc"}));
        assertEquals(new DesktopStarter.Args(Optional.of(Path.of("d")), Optional.empty()), DesktopStarter.Args.parse(new String[] {"--data-dir=d"}));
        assertEquals(new DesktopStarter.Args(Optional.empty(), Optional.empty()), DesktopStarter.Args.parse(new String[0]));
        assertThrows(IllegalArgumentException.class, () -> DesktopStarter.Args.parse(new String[] {"--data-dir"}));
        assertThrows(IllegalArgumentException.class, () -> DesktopStarter.Args.parse(new String[] {"--bogus"}));
        assertTrue(Launcher.desktop(new String[0]));
        assertTrue(Launcher.desktop(new String[] {"--data-dir", "x"}));
        assertTrue(Launcher.desktop(new String[] {"IXIAN:abc"}));
        assertFalse(Launcher.desktop(new String[] {"relay"}));
    }

    @Test
    void networkSettingsFile() throws Exception {
        NetworkSettingsFile f = new NetworkSettingsFile(dir);
        assertEquals(NetworkSettingsFile.defaults(), f.read());
        f.write(new NetworkSettings("local", List.of("10.0.0.5:10235", "relay.example:1"), false));
        assertEquals(new NetworkSettings("local", List.of("10.0.0.5:10235", "relay.example:1"), false), f.read());
        Files.writeString(dir.resolve(NetworkSettingsFile.FILE), "relays=nope, 127.0.0.1:99999 ,host:80\nhostRelay=true\n");
        assertEquals(List.of("host:80"), f.read().relays(), "entries that are not host:port are dropped");
    }

    private DesktopProfiles gate(Path profile, InetSocketAddress relayAt, NodeIdentity relayId) {
        return gate(profile, relayAt, relayId, RelayFixture::wallet);
    }

    private DesktopProfiles gate(Path profile, InetSocketAddress relayAt, NodeIdentity relayId, Supplier<Wallet> wallets) {
        return new DesktopProfiles(profile, new DesktopNetwork(relayAt, () -> relayId, Duration.ofMillis(300), wallets,
                RelayChatIntegrationTest.CLIENT, RelayChatIntegrationTest.ENGINE));
    }

    @Test
    void keysMadeAheadOnTheFirstScreenAreTheNewIdentitysAndAreUsedOnce() throws Exception {
        InetSocketAddress at = LocalRelayTest.freeLoopbackPort();
        List<Wallet> made = new CopyOnWriteArrayList<>();
        Supplier<Wallet> counting = () -> {
            Wallet w = RelayFixture.wallet();
            made.add(w);
            return w;
        };
        DesktopProfiles g = gate(dir.resolve("p"), at, relayIdentity(), counting);
        g.prepareNewIdentity();
        g.prepareNewIdentity(); // a second call makes nothing more
        Session s = g.create("early", Bytes.EMPTY, RelayFixture.PW).toCompletableFuture().get(60, TimeUnit.SECONDS);
        try {
            assertEquals(1, made.size(), "create took the keys made ahead instead of making its own");
            assertEquals(Address.fromPublicKey(made.getFirst().publicKey()), s.messenger().address());
        } finally {
            s.close();
        }
        // an identity exists now: another start of the app makes no keys ahead
        DesktopProfiles again = gate(dir.resolve("p"), at, null, counting);
        again.prepareNewIdentity();
        Thread.sleep(500);
        assertEquals(1, made.size());
    }

    @Test
    void withoutAnyRelayNothingIsCreated() throws Exception {
        Path profile = dir.resolve("p");
        DesktopProfiles g = gate(profile, LocalRelayTest.freeLoopbackPort(), null);
        g.saveNetworkSettings(new NetworkSettings("local", List.of(), false)).toCompletableFuture().get(10, TimeUnit.SECONDS);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> g.create("x", Bytes.EMPTY, RelayFixture.PW).toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertFalse(g.exists(), "no wallet was written");
        assertThrows(ExecutionException.class, () -> g.saveNetworkSettings(new NetworkSettings("local", List.of("nohost"), true))
                .toCompletableFuture().get(10, TimeUnit.SECONDS));
    }

    @Test
    void hostingStartsARelayInTheAppAndQuittingStopsIt() throws Exception {
        InetSocketAddress at = LocalRelayTest.freeLoopbackPort();
        NodeIdentity id = relayIdentity();
        DesktopProfiles g = gate(dir.resolve("p"), at, id);
        Session s = g.create("host", Bytes.EMPTY, RelayFixture.PW).toCompletableFuture().get(60, TimeUnit.SECONDS);
        try {
            assertTrue(s.network().relayInThisApp());
            assertEquals("127.0.0.1:" + at.getPort(), s.network().localRelay());
            DesktopTestbed.online(s);
            // a second profile on this computer uses the first one's relay
            Session second = gate(dir.resolve("q"), at, null).create("guest", Bytes.EMPTY, RelayFixture.PW)
                    .toCompletableFuture().get(60, TimeUnit.SECONDS);
            assertFalse(second.network().relayInThisApp());
            DesktopTestbed.online(second);
            second.close();
        } finally {
            s.close();
        }
        assertFalse(LocalRelay.answersLikeRelay(at, Duration.ofMillis(300)), "the app's relay stopped with it");
    }

    @Test
    void theRelayIsHostedFromTheFirstScreenAndTheIdentityOpenedLaterUsesIt() throws Exception {
        InetSocketAddress at = LocalRelayTest.freeLoopbackPort();
        NodeIdentity id = relayIdentity();
        DesktopProfiles host = gate(dir.resolve("p"), at, id);
        host.hostEarly();
        host.hostEarly(); // a second call starts nothing more
        assertTrue(relayAnswersWithin(at, true), "the relay is up before any identity exists");
        // no identity exists on this computer yet, and another one can already chat through this app's relay
        Session guest = gate(dir.resolve("q"), at, null).create("guest", Bytes.EMPTY, RelayFixture.PW)
                .toCompletableFuture().get(60, TimeUnit.SECONDS);
        try {
            assertFalse(host.exists());
            assertFalse(guest.network().relayInThisApp());
            DesktopTestbed.online(guest);
            Session s = host.create("host", Bytes.EMPTY, RelayFixture.PW).toCompletableFuture().get(60, TimeUnit.SECONDS);
            assertTrue(s.network().relayInThisApp(), "the identity took over the relay started early");
            DesktopTestbed.online(s);
            host.close(); // the session owns the relay now
            assertTrue(LocalRelay.answersLikeRelay(at, Duration.ofMillis(300)));
            s.close();
        } finally {
            guest.close();
        }
        assertFalse(LocalRelay.answersLikeRelay(at, Duration.ofMillis(300)), "the relay stopped with the session that owned it");
    }

    @Test
    void aWrongPasswordKeepsTheEarlyRelayAndQuittingFromTheFirstScreenStopsIt() throws Exception {
        InetSocketAddress at = LocalRelayTest.freeLoopbackPort();
        NodeIdentity id = relayIdentity();
        gate(dir.resolve("p"), at, id).create("host", Bytes.EMPTY, RelayFixture.PW).toCompletableFuture().get(60, TimeUnit.SECONDS).close();
        DesktopProfiles host = gate(dir.resolve("p"), at, id);
        host.hostEarly();
        ExecutionException wrong = assertThrows(ExecutionException.class,
                () -> host.unlock(RelayFixture.PW + "x").toCompletableFuture().get(60, TimeUnit.SECONDS));
        assertInstanceOf(io.linnet.ixian.wallet.WrongPasswordException.class, wrong.getCause());
        assertTrue(LocalRelay.answersLikeRelay(at, Duration.ofMillis(300)), "a failed unlock leaves the relay running");
        host.close();
        assertTrue(relayAnswersWithin(at, false), "quitting from the first screen stops the relay");
    }

    private static NodeIdentity relayIdentity() {
        return NodeIdentity.of(Rsa.generate(2048, 1), NodeType.RELAY, "linnet-test", NodeIdentity.RELAY_DEVICE_ID);
    }

    /** Whether a relay answers at {@code at} (or, with {@code up} false, stops answering) within 20 s. */
    private static boolean relayAnswersWithin(InetSocketAddress at, boolean up) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (LocalRelay.answersLikeRelay(at, Duration.ofMillis(300)) != up && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        return LocalRelay.answersLikeRelay(at, Duration.ofMillis(300)) == up;
    }
}
