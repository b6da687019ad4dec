package io.linnet.app;

import io.linnet.chat.identity.WalletVault;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.s2.client.ClientIdentity;
import io.linnet.s2.client.S2ClientConfig;
import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.SeedNode;
import io.linnet.ui.NetworkSettings;
import io.linnet.ui.ProfileGate;
import io.linnet.ui.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's {@link ProfileGate} over {@link ProfileRuntime} and {@link LocalRelay}: one profile
 * directory, the relay on this computer (found, or started when hosting is on — from the first screen on,
 * see {@link #hostEarly()}) plus the relays from the network settings as seeds. Engine events are handed over on the engine's thread; the UI batches them.
 */
final class DesktopProfiles implements ProfileGate {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopProfiles.class);
    private final Path dataDir;
    private final DesktopNetwork wiring;
    private final NetworkSettingsFile settingsFile;
    private volatile NetworkSettings settings;
    /** The relay {@link #hostEarly()} started (or is starting) that no session has taken yet. */
    private CompletableFuture<LocalRelay> early;
    /** A new identity's wallet made ahead by {@link #prepareNewIdentity()}, taken by the first {@link #create}. */
    private final AtomicReference<CompletableFuture<Optional<Wallet>>> spareWallet = new AtomicReference<>();
    private boolean closed;

    DesktopProfiles(Path dataDir, DesktopNetwork wiring) {
        this.dataDir = dataDir.toAbsolutePath();
        this.wiring = wiring;
        this.settingsFile = new NetworkSettingsFile(this.dataDir);
        this.settings = settingsFile.read();
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public boolean exists() {
        return WalletVault.in(dataDir).exists();
    }

    @Override
    public CompletionStage<Session> create(String nickname, Bytes avatar, String password) {
        return async(() -> {
            WalletVault.checkPassword(password);
            return start(relay -> {
                ProfileRuntime rt = ProfileRuntime.create(dataDir, nickname, password, newWallet(), network(relay),
                        Runnable::run, wiring.engine());
                if (!avatar.isEmpty()) {
                    rt.messenger().setProfile(nickname, avatar).toCompletableFuture().get(30, TimeUnit.SECONDS);
                }
                return rt;
            });
        });
    }

    @Override
    public void prepareNewIdentity() {
        CompletableFuture<Optional<Wallet>> f = new CompletableFuture<>();
        if (exists() || !spareWallet.compareAndSet(null, f)) {
            return;
        }
        Thread.ofPlatform().name("linnet-new-keys").daemon(true).priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                f.complete(Optional.of(wiring.newWallet().get()));
            } catch (RuntimeException | Error e) {
                LOG.warn("could not make a new identity's keys ahead: {}", e.toString());
                f.complete(Optional.empty());
            }
        });
    }

    /** The wallet {@link #prepareNewIdentity()} made (waiting for it if it is still being made), once; else a new one. */
    private Wallet newWallet() {
        CompletableFuture<Optional<Wallet>> f = spareWallet.getAndSet(CompletableFuture.completedFuture(Optional.empty()));
        return (f == null ? Optional.<Wallet>empty() : f.join()).orElseGet(wiring.newWallet());
    }

    @Override
    public CompletionStage<Session> restore(Path backup, String password) {
        return async(() -> {
            ProfileRuntime.restore(backup, password, dataDir);
            return open(password);
        });
    }

    @Override
    public CompletionStage<Session> unlock(String password) {
        return async(() -> open(password));
    }

    private Session open(String password) throws Exception {
        return start(relay -> ProfileRuntime.open(dataDir, password, network(relay), Runnable::run, wiring.engine()));
    }

    @FunctionalInterface
    private interface Opener {
        ProfileRuntime open(Optional<LocalRelay> relay) throws Exception;
    }

    /**
     * Opens the profile with the relay on this computer (the one {@link #hostEarly()} started, or found or
     * started now); the session owns that relay from then on. If opening fails the relay stays with this
     * gate, still serving whoever else uses it, for the next attempt.
     */
    private Session start(Opener opener) throws Exception {
        NetworkSettings s = settings;
        Optional<LocalRelay> relay = takeRelay(s);
        if (relay.isEmpty() && s.relays().isEmpty()) {
            throw new IllegalArgumentException("no relay to connect to: none runs on this computer and none is set up. "
                    + "Turn on 'host a relay' or add a relay in the network settings");
        }
        try {
            return new DesktopSession(opener.open(relay), relay, s.profile(), dataDir);
        } catch (Exception | Error e) {
            giveBack(relay);
            throw e;
        }
    }

    @Override
    public void hostEarly() {
        if (!settings.hostRelay()) {
            return;
        }
        synchronized (this) {
            if (early != null || closed) {
                return;
            }
            early = async(this::hostRelay).toCompletableFuture();
        }
    }

    /** The relay started early if there is one (waiting for it if it is still starting), else found or started now. */
    private Optional<LocalRelay> takeRelay(NetworkSettings s) throws Exception {
        CompletableFuture<LocalRelay> pending;
        synchronized (this) {
            pending = early;
            early = null;
        }
        if (pending != null) {
            try {
                return Optional.of(pending.get());
            } catch (ExecutionException failed) {
                LOG.info("the relay started early did not come up ({}); trying again", failed.getCause().toString());
            }
        }
        return s.hostRelay() ? Optional.of(hostRelay()) : LocalRelay.existing(wiring.localRelay(), wiring.probe());
    }

    /** The relay on this computer: the one answering at the local address, else one started in this process. */
    private LocalRelay hostRelay() throws java.io.IOException {
        return LocalRelay.ensure(wiring.localRelay(), wiring.relayIdentity(), wiring.probe());
    }

    private void giveBack(Optional<LocalRelay> relay) {
        if (relay.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (early == null && !closed) {
                early = CompletableFuture.completedFuture(relay.get());
                return;
            }
        }
        relay.get().close();
    }

    @Override
    public void close() {
        CompletableFuture<LocalRelay> pending;
        synchronized (this) {
            closed = true;
            pending = early;
            early = null;
        }
        if (pending != null) {
            pending.thenAccept(LocalRelay::close);
        }
    }

    private Function<ClientIdentity, S2ClientConfig> network(Optional<LocalRelay> relay) {
        List<SeedNode> seeds = new ArrayList<>();
        relay.ifPresent(r -> seeds.add(seed(r.hostPort())));
        for (String r : settings.relays()) {
            seeds.add(seed(r));
        }
        return id -> S2ClientConfig.of(NetworkProfile.local(), id, seeds).withTimings(wiring.timings());
    }

    private static SeedNode seed(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return new SeedNode(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)), Optional.empty());
    }

    @Override
    public NetworkSettings networkSettings() {
        return settings;
    }

    @Override
    public CompletionStage<Void> saveNetworkSettings(NetworkSettings s) {
        for (String r : s.relays()) {
            if (!NetworkSettings.validRelay(r)) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("not host:port: " + r));
            }
        }
        return async(() -> {
            settingsFile.write(s);
            settings = s;
            return null;
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> CompletionStage<T> async(Work<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread.ofPlatform().name("linnet-profile").daemon(true).start(() -> {
            try {
                f.complete(work.run());
            } catch (Throwable e) {
                f.completeExceptionally(e instanceof CompletionException c && c.getCause() != null ? c.getCause() : e);
            }
        });
        return f;
    }
}
