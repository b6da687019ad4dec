package io.linnet.app;

import io.linnet.chat.identity.DataDirectory;
import io.linnet.s2.relay.RelayIdentityStore;
import io.linnet.ui.DesktopBackend;
import io.linnet.ui.LinnetApp;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Wires the desktop app and starts JavaFX; kept apart so headless subcommands never touch JavaFX classes. */
final class DesktopStarter {
    /** Where the local profile looks for (or starts) its relay. */
    static final int LOCAL_RELAY_PORT = 10235;

    private DesktopStarter() {}

    static void start(String[] args) {
        LinnetApp.useBackend(new LocalNetworkBackend());
        javafx.application.Application.launch(LinnetApp.class, args);
    }

    /** The local profile: a relay on this computer, embedded if none is running. */
    static final class LocalNetworkBackend implements DesktopBackend {
        private volatile LocalRelay relay;

        @Override
        public CompletionStage<String> start() {
            CompletableFuture<String> status = new CompletableFuture<>();
            Thread.ofVirtual().name("local-relay").start(() -> {
                try {
                    InetSocketAddress where = new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), LOCAL_RELAY_PORT);
                    relay = LocalRelay.ensure(where, () -> RelayIdentityStore.loadOrCreate(DataDirectory.resolve(java.util.Optional.empty(), "relay")), Duration.ofMillis(700));
                    status.complete(relay.embedded().isPresent()
                            ? "Local network: relay running in this app on " + relay.hostPort()
                            : "Local network: using the relay on " + relay.hostPort());
                } catch (Exception e) {
                    status.completeExceptionally(e);
                }
            });
            return status;
        }

        @Override
        public void stop() {
            LocalRelay r = relay;
            if (r != null) {
                r.close();
            }
        }
    }
}
