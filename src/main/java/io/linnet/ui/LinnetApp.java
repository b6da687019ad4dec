package io.linnet.ui;

import io.linnet.ui.app.DesktopShell;
import io.linnet.ui.app.ShellOptions;
import io.linnet.ui.common.ReadySignal;
import io.linnet.ui.common.UiThreads;
import io.linnet.ui.settings.DesktopPreferences;
import io.linnet.ui.settings.SoftwareRendering;
import io.linnet.ui.theme.Themes;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app. The composition root hands it a {@link ProfileGate} (and the {@code ixian:} link it
 * was started with, if any) through {@link #configure} before {@link Application#launch}.
 */
public final class LinnetApp extends Application {
    private static volatile ProfileGate gate;
    private static volatile Optional<String> link = Optional.empty();
    private ExecutorService background;
    private ExecutorService prefsWriter;
    private DesktopPreferences prefs;
    private DesktopShell shell;

    /** Set by the composition root before {@link Application#launch}. */
    public static void configure(ProfileGate g, Optional<String> startLink) {
        gate = Objects.requireNonNull(g, "gate");
        link = Objects.requireNonNull(startLink, "startLink");
    }

    /** Runs before the window (not on the JavaFX thread): reads the desktop settings. */
    @Override
    public void init() {
        if (gate == null) {
            throw new IllegalStateException("LinnetApp.configure was not called");
        }
        background = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("linnet-ui-io-", 0).daemon(true).factory());
        prefsWriter = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("linnet-prefs").daemon(false).factory());
        prefs = DesktopPreferences.load(gate.dataDir(), prefsWriter);
    }

    @Override
    public void start(Stage stage) {
        UiThreads threads = new UiThreads(Platform::runLater, background);
        shell = new DesktopShell(stage, gate, prefs, threads, new Themes(prefs.theme()),
                new ShellOptions(Clock.systemDefaultZone(), link, null, true, Platform::exit));
        shell.show();
        // the relay on this computer starts once the window is up, not before
        ReadySignal.afterFirstPulse(() -> {
            gate.hostEarly();
            gate.prepareNewIdentity();
            boolean hardware = Platform.isSupported(ConditionalFeature.SCENE3D);
            background.execute(() -> SoftwareRendering.recordAfterStart(gate.dataDir(), SoftwareRendering.currentBuild(),
                    hardware, Clock.systemUTC()));
        });
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.shutdown();
        }
        gate.close();
        background.shutdown();
        prefsWriter.shutdown();
    }
}
