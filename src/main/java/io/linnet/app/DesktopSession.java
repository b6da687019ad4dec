package io.linnet.app;

import io.linnet.chat.api.Messenger;
import io.linnet.s2.client.ClientState;
import io.linnet.ui.NetworkStatus;
import io.linnet.ui.Session;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One open profile of the desktop app: the {@link ProfileRuntime} and the relay on this computer it uses
 * (which stops with it when this app started it). Backup and password changes run one at a time on a
 * worker thread of their own.
 */
final class DesktopSession implements Session {
    private final ProfileRuntime runtime;
    private final Optional<LocalRelay> relay;
    private final String profile;
    private final Path dataDir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("linnet-profile-worker").daemon(true).factory());

    DesktopSession(ProfileRuntime runtime, Optional<LocalRelay> relay, String profile, Path dataDir) {
        this.runtime = runtime;
        this.relay = relay;
        this.profile = profile;
        this.dataDir = dataDir;
    }

    @Override
    public Messenger messenger() {
        return runtime.messenger();
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public NetworkStatus network() {
        ClientState s = runtime.client().state();
        return new NetworkStatus(profile, relay.map(LocalRelay::hostPort).orElse(""),
                relay.flatMap(LocalRelay::embedded).isPresent(), s.connectedRelays(), s.primaryRelay().isPresent());
    }

    @Override
    public CompletionStage<Void> exportBackup(Path target, String password, boolean includeHistory) {
        return call(() -> runtime.exportBackup(target, password, includeHistory));
    }

    @Override
    public CompletionStage<Void> changePassword(String oldPassword, String newPassword) {
        return call(() -> runtime.changePassword(oldPassword, newPassword));
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private CompletionStage<Void> call(Work w) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                w.run();
                f.complete(null);
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** The profile in use (tests reach the client through it). */
    ProfileRuntime runtime() {
        return runtime;
    }

    @Override
    public void close() {
        worker.shutdown();
        runtime.close();
        relay.ifPresent(LocalRelay::close);
    }
}
