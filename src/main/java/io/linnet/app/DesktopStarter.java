package io.linnet.app;

import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.identity.DataDirectory;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.s2.client.ClientTimings;
import io.linnet.s2.relay.RelayIdentityStore;
import io.linnet.ui.LinnetApp;
import io.linnet.ui.settings.GraphicsDevices;
import io.linnet.ui.settings.SoftwareRendering;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Wires the desktop app and starts JavaFX; kept apart so headless subcommands never touch JavaFX classes. */
final class DesktopStarter {
    /** Where the local profile looks for (or starts) its relay. */
    static final int LOCAL_RELAY_PORT = 10235;

    private DesktopStarter() {}

    /** What the desktop takes on its command line: {@code --data-dir DIR} and an {@code ixian:} link, in any order. */
    record Args(Optional<Path> dataDir, Optional<String> link) {
        static Args parse(String[] args) {
            Optional<Path> dir = Optional.empty();
            Optional<String> link = Optional.empty();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--data-dir")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--data-dir needs a directory");
                    }
                    dir = Optional.of(Path.of(args[++i]));
                } else if (a.startsWith("--data-dir=")) {
                    dir = Optional.of(Path.of(a.substring("--data-dir=".length())));
                } else if (Launcher.opensDesktop(a)) {
                    link = Optional.of(a);
                } else {
                    throw new IllegalArgumentException("unknown argument for the desktop app: " + a);
                }
            }
            return new Args(dir, link);
        }
    }

    static void start(String[] args) {
        RuntimeException envFailure = keepGtkOffOpenGl();
        // logging reads its configuration on its own thread while JavaFX starts; loggers asked for meanwhile
        // are stand-ins that slf4j connects (and replays) once it is ready
        Thread.ofPlatform().name("linnet-logging-init").daemon(true).start(org.slf4j.LoggerFactory::getILoggerFactory);
        Args a;
        try {
            a = Args.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("linnet: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (envFailure != null) {
            org.slf4j.LoggerFactory.getLogger(DesktopStarter.class).warn("could not set GDK_GL: {}", envFailure.toString());
        }
        Path dir = DataDirectory.resolve(a.dataDir(), DataDirectory.DEFAULT_PROFILE);
        SoftwareRendering.applyBeforeLaunch(dir, SoftwareRendering.currentBuild(), Clock.systemUTC(), GraphicsDevices::noneOnThisComputer);
        LinnetApp.configure(new DesktopProfiles(dir, production()), a.link());
        javafx.application.Application.launch(LinnetApp.class);
    }

    /**
     * On Linux, tells GTK not to set up OpenGL ({@code GDK_GL=disable}, unless the user set {@code GDK_GL}).
     * JavaFX draws with its own OpenGL code (or in software) and never uses GTK's; GTK 3 would otherwise
     * load the OpenGL driver when it opens the display, only to choose window visuals, which on a computer
     * without a usable GPU keeps Mesa and LLVM (some 50 MB) in memory for nothing. Runs before any other
     * thread is started. Returns the failure, if any, for logging once logging is up; the app starts anyway.
     */
    static RuntimeException keepGtkOffOpenGl() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            return null;
        }
        try {
            NativeEnvironment.setIfUnset("GDK_GL", "disable");
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** The app's wiring: the relay on 127.0.0.1:10235, RSA-4096 identities, default timings. */
    static DesktopNetwork production() {
        InetSocketAddress where;
        try {
            where = new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), LOCAL_RELAY_PORT);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return new DesktopNetwork(where, () -> RelayIdentityStore.loadOrCreate(DataDirectory.resolve(Optional.empty(), "relay")),
                Duration.ofMillis(700), Wallet::generate, ClientTimings.defaults(), EngineConfig.defaults());
    }
}
