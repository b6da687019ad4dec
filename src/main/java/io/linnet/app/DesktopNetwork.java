package io.linnet.app;

import io.linnet.chat.core.EngineConfig;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.s2.client.ClientTimings;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the desktop app's profiles are wired to the network: where the relay on this computer is (used if
 * one answers, started in-process if hosting is on and none does), where a started relay's identity comes
 * from, how new identities get their keys, and the client and engine timings.
 *
 * @param localRelay the relay address on this computer ({@code 127.0.0.1:10235} in the app)
 * @param relayIdentity the identity of a relay this app starts
 * @param probe how long to wait for a relay's first bytes when looking for one
 * @param newWallet a fresh wallet for a new identity (RSA-4096 in the app)
 * @param timings the S2 client's timings ({@link ClientTimings#defaults()} in the app)
 * @param engine the engine's settings
 */
record DesktopNetwork(InetSocketAddress localRelay, LocalRelay.NodeIdentitySource relayIdentity, Duration probe,
        Supplier<Wallet> newWallet, ClientTimings timings, EngineConfig engine) {
    DesktopNetwork {
        Objects.requireNonNull(localRelay, "localRelay");
        Objects.requireNonNull(relayIdentity, "relayIdentity");
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(newWallet, "newWallet");
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(engine, "engine");
    }
}
