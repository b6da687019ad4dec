package io.linnet.app;

import io.linnet.ui.app.MainView;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

/**
 * The desktop app started as its launcher starts it ({@link DesktopStarter#start}), on a data directory
 * that already holds an identity, with a benchmark thread typing the password into the unlock screen as a
 * user would. Prints {@value #READY} on the first pulse after the main window took the unlock screen's
 * place. The app itself is unchanged: it hosts or finds its relay, goes online and shows its chats.
 * Arguments: the data directory, the password.
 */
public final class IdleMainWindow {
    /** The line printed once the main window is showing. */
    public static final String READY = "main window ready";
    private static final long TIMEOUT_SECONDS = 120;

    private IdleMainWindow() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String password = args[1];
        Thread.ofPlatform().name("bench-unlock").daemon(true).start(() -> {
            try {
                Node field = await(() -> lookup("#unlock-password"));
                Platform.runLater(() -> {
                    ((TextInputControl) field).setText(password);
                    field.fireEvent(new ActionEvent());
                });
                await(IdleMainWindow::mainView);
                Platform.runLater(() -> new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        stop();
                        System.out.println(READY);
                    }
                }.start());
            } catch (Exception e) {
                System.out.println("no main window: " + e);
                Platform.exit();
            }
        });
        DesktopStarter.start(new String[] {"--data-dir", dir.toString()});
    }

    private static Node lookup(String selector) {
        for (Window w : Window.getWindows()) {
            Node n = w.getScene() == null ? null : w.getScene().lookup(selector);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** The main view has no id; it is the window's root once the profile is open. */
    private static Node mainView() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof MainView m) {
                return m;
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface Lookup {
        Node find();
    }

    /** Polls the JavaFX thread every 50 ms until {@code lookup} finds its node. */
    private static Node await(Lookup lookup) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < until) {
            CompletableFuture<Node> f = new CompletableFuture<>();
            try {
                Platform.runLater(() -> f.complete(lookup.find()));
            } catch (IllegalStateException notStarted) {
                f.complete(null);
            }
            Node n = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (n != null) {
                return n;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("nothing matched within " + TIMEOUT_SECONDS + " s");
    }
}
