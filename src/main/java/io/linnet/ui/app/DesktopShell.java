package io.linnet.ui.app;

import static io.linnet.ui.common.I18n.t;

import io.linnet.ui.ProfileGate;
import io.linnet.ui.Session;
import io.linnet.ui.common.AddressInput;
import io.linnet.ui.common.UiThreads;
import io.linnet.ui.onboarding.CreateIdentityView;
import io.linnet.ui.onboarding.CreateIdentityViewModel;
import io.linnet.ui.onboarding.RestoreView;
import io.linnet.ui.onboarding.RestoreViewModel;
import io.linnet.ui.onboarding.UnlockView;
import io.linnet.ui.onboarding.UnlockViewModel;
import io.linnet.ui.onboarding.WelcomeView;
import io.linnet.ui.settings.DesktopPreferences;
import io.linnet.ui.theme.Themes;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window and what it shows over the app's life: welcome, create or restore on a first run, the
 * password on later runs, then the main window. Owns the tray icon, notifications, the window's saved
 * size, and quitting (closing the window keeps Linnet running in the tray where there is one, and quits
 * where there is none).
 */
public final class DesktopShell {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopShell.class);
    private final Stage stage;
    private final ProfileGate gate;
    private final DesktopPreferences prefs;
    private final UiThreads threads;
    private final Themes themes;
    private final ShellOptions options;
    private Scene scene;
    private Session session;
    private MainViewModel mainModel;
    private MainView mainView;
    private Tray tray;
    private boolean quitting;

    public DesktopShell(Stage stage, ProfileGate gate, DesktopPreferences prefs, UiThreads threads, Themes themes, ShellOptions options) {
        this.stage = stage;
        this.gate = gate;
        this.prefs = prefs;
        this.threads = threads;
        this.themes = themes;
        this.options = options;
    }

    /** Shows the window with the first screen. */
    public void show() {
        stage.setTitle("Linnet");
        // decoding five images is no work for the first window's critical path
        threads.read(DesktopShell::icons, stage.getIcons()::setAll);
        scene = new Scene(gate.exists() ? unlock() : welcome(), 1000, 700);
        themes.attach(scene);
        placeWindow();
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            closeWindow();
        });
        stage.show();
    }

    private static java.util.List<Image> icons() {
        java.util.List<Image> icons = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            var icon = DesktopShell.class.getResource("/io/linnet/ui/icons/linnet-" + size + ".png");
            if (icon != null) {
                icons.add(new Image(icon.toExternalForm()));
            }
        }
        return icons;
    }

    private void placeWindow() {
        prefs.window().filter(b -> Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).size() > 0).ifPresentOrElse(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        }, () -> {
            stage.setWidth(1100);
            stage.setHeight(720);
            stage.centerOnScreen();
        });
        stage.setMinWidth(720);
        stage.setMinHeight(480);
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
        themes.rootChanged();
    }

    private Parent welcome() {
        return new WelcomeView(() -> setRoot(create()), () -> setRoot(restore()));
    }

    private Parent create() {
        return new CreateIdentityView(new CreateIdentityViewModel(gate, threads), threads, () -> setRoot(welcome()), this::opened);
    }

    private Parent restore() {
        return new RestoreView(new RestoreViewModel(gate, threads), () -> setRoot(welcome()), this::opened);
    }

    private Parent unlock() {
        return new UnlockView(new UnlockViewModel(gate, threads), gate.dataDir(), this::opened);
    }

    private void opened(Session s) {
        this.session = s;
        mainModel = new MainViewModel(s, threads, prefs, options.clock());
        mainView = new MainView(mainModel, gate, themes);
        setRoot(mainView);
        mainModel.start();
        mainView.warmUpConversation();
        NotificationSink toast = new ToastSink(stage);
        NotificationSink sink = (title, text, open) -> (options.notifications() != null ? options.notifications()
                : tray != null ? tray : toast).show(title, text, open);
        mainModel.listen(new Notifier(s.messenger(), threads, sink, prefs::notifications, this::onScreen, a -> {
            bringToFront();
            mainModel.open(a);
        }));
        if (options.useTray()) {
            threads.when(Tray.install(t("tray.open"), t("tray.quit"), this::bringToFront, this::quit), t -> {
                tray = t.orElse(null);
                Platform.setImplicitExit(tray == null);
                LOG.info(tray == null ? "no system tray here: closing the window quits Linnet" : "Linnet is in the system tray");
            }, e -> { });
        }
        options.link().flatMap(AddressInput::parse).ifPresentOrElse(a -> mainView.showContacts(a.toString()), this::reopenLastChat);
    }

    private void reopenLastChat() {
        prefs.lastChat().flatMap(AddressInput::parse).ifPresent(a -> threads.read(
                () -> mainModel.messenger().contacts().stream().anyMatch(c -> c.address().equals(a))
                        || mainModel.messenger().groups().find(a).isPresent(),
                known -> {
                    if (known) {
                        mainModel.open(a);
                    }
                }));
    }

    private boolean onScreen(io.linnet.ixian.address.Address a) {
        var open = mainModel.conversationProperty().get();
        return stage.isShowing() && stage.isFocused() && open != null && open.conversation().equals(a);
    }

    /** Shows the window again (tray, notification click, a second start). */
    public void bringToFront() {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /** The window's close button: hide to the tray where there is one, else quit. */
    public void closeWindow() {
        saveWindow();
        if (tray != null && session != null) {
            stage.hide();
        } else {
            quit();
        }
    }

    private void saveWindow() {
        if (stage.isShowing() && !stage.isIconified()) {
            prefs.window(new DesktopPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
    }

    /** Ends Linnet: the window goes, the profile closes in the background, then JavaFX exits. */
    public void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        saveWindow();
        if (mainView != null) {
            mainView.dispose();
        }
        if (mainModel != null) {
            mainModel.close();
        }
        if (tray != null) {
            tray.remove();
        }
        stage.hide();
        Session s = session;
        session = null;
        if (s == null) {
            options.exit().run();
            return;
        }
        threads.run(s::close).whenComplete((v, e) -> {
            if (e != null) {
                LOG.warn("closing the profile failed", e);
            }
            threads.fx().execute(options.exit());
        });
    }

    /** Closes the profile if it is still open (JavaFX is stopping); does not wait. */
    public void shutdown() {
        Session s = session;
        session = null;
        if (s != null) {
            Thread.ofPlatform().name("linnet-shutdown").start(s::close);
        }
    }

    /** The open profile, if any. */
    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    /** The main window's view, once a profile is open. */
    public MainView mainView() {
        return mainView;
    }

    public MainViewModel mainModel() {
        return mainModel;
    }
}
