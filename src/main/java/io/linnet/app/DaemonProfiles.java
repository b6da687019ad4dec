package io.linnet.app;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.core.FileConfig;
import io.linnet.chat.identity.WalletVault;
import io.linnet.chat.store.Backoff;
import io.linnet.cli.daemon.DaemonSettings;
import io.linnet.cli.daemon.OpenProfile;
import io.linnet.cli.daemon.ProfileHost;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletType;
import io.linnet.ixian.wallet.WrongPasswordException;
import io.linnet.s2.client.ClientTimings;
import io.linnet.s2.client.S2ClientConfig;
import io.linnet.s2.net.S2Timings;
import io.linnet.s2.wire.NetworkProfile;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The daemon's profiles, wired like the desktop's: a {@link WalletVault} and a {@link ProfileRuntime} in
 * the data directory, on the {@code local} network profile, with the given relays as seeds. Events are
 * delivered on the engine's own thread (the API only queues them).
 */
public final class DaemonProfiles implements ProfileHost {
    /** TEST ONLY: the short timers the loopback tests use (sub-second retries and ticks, presence re-signed every 2 s). */
    static final S2Timings TEST_CONNECTION = new S2Timings(Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(200));
    static final ClientTimings TEST_CLIENT = ClientTimings.defaults().withConnection(TEST_CONNECTION)
            .withKeepAliveInterval(Duration.ofSeconds(2))
            .withLookupTimeout(Duration.ofSeconds(2)).withRelayErrorWait(Duration.ofMillis(300))
            .withSendTimeout(Duration.ofSeconds(5)).withTick(Duration.ofMillis(50))
            .withBackoff(new io.linnet.s2.client.Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 2.0, 0.2));
    static final EngineConfig TEST_ENGINE = EngineConfig.defaults().withTick(Duration.ofMillis(100))
            .withBackoff(new Backoff(Duration.ofMillis(300), 2.0, Duration.ofSeconds(1)))
            .withPresence(Duration.ofSeconds(1), Duration.ofSeconds(5))
            .withFiles(FileConfig.defaults().withPacketTimeout(Duration.ofSeconds(1)));

    private final DaemonSettings settings;
    private final WalletVault vault;

    public DaemonProfiles(DaemonSettings settings) {
        this.settings = settings;
        this.vault = WalletVault.in(settings.dataDir());
    }

    @Override
    public boolean hasIdentity() {
        return vault.exists();
    }

    @Override
    public OpenProfile create(String nickname, String password) {
        WalletVault.checkPassword(password);
        Wallet wallet;
        if (settings.testKeys()) {
            RsaPrivateKey k = Rsa.generate(2048, 1);
            wallet = new Wallet(5, WalletType.FULL, CryptoRandom.bytes(64), k.toIxianBytes(), k.publicKey().toIxianBytes(), null);
        } else {
            wallet = Wallet.generate();
        }
        vault.create(wallet, password);
        OpenProfile p;
        try {
            p = unlock(password);
        } catch (WrongPasswordException e) {
            throw new IllegalStateException("the new wallet does not open with its own password", e);
        }
        try {
            p.messenger().setProfile(nickname, Bytes.EMPTY).toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.close();
            throw new IllegalStateException("could not store the nickname: " + e.getMessage(), e);
        }
        return p;
    }

    @Override
    public OpenProfile unlock(String password) throws WrongPasswordException {
        ProfileRuntime rt = ProfileRuntime.open(settings.dataDir(), password, id -> {
            S2ClientConfig c = S2ClientConfig.of(NetworkProfile.local(), id, settings.seeds());
            return settings.testTimings() ? c.withTimings(TEST_CLIENT) : c;
        }, Runnable::run, settings.testTimings() ? TEST_ENGINE : EngineConfig.defaults());
        return new OpenProfile() {
            @Override
            public Messenger messenger() {
                return rt.messenger();
            }

            @Override
            public String nickname() {
                return rt.nickname();
            }

            @Override
            public void close() {
                rt.close();
            }
        };
    }
}
