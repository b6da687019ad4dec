package io.linnet.ui.flows;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.app.DesktopTestbed;
import io.linnet.ui.ProfileGate;
import io.linnet.ui.Session;
import io.linnet.ui.app.DesktopShell;
import io.linnet.ui.app.ShellOptions;
import io.linnet.ui.common.UiThreads;
import io.linnet.ui.settings.DesktopPreferences;
import io.linnet.ui.theme.ThemeChoice;
import io.linnet.ui.theme.Themes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app driven through its window (headless Monocle) against real profiles on a real relay on
 * 127.0.0.1. The profile under test is opened through the window; the other side is a second profile
 * driven through its {@code Messenger}.
 */
abstract class DesktopUiTest {
    static DesktopTestbed bed;
    @TempDir
    Path dir;
    Stage stage;
    DesktopShell shell;
    /** The themes of the window opened last. */
    Themes shellThemes;
    final FxRobot robot = new FxRobot();
    final List<String> notifications = new CopyOnWriteArrayList<>();
    final AtomicInteger exits = new AtomicInteger();
    private final List<Session> others = new ArrayList<>();
    private final List<DesktopShell> shells = new ArrayList<>();
    private ExecutorService background;

    @BeforeAll
    static void relay() throws Exception {
        bed = DesktopTestbed.start();
    }

    @AfterAll
    static void stopRelay() {
        bed.close();
    }


    /** Opens the window on the profile directory {@code profile} (welcome or unlock screen). */
    DesktopShell show(Path profile, Optional<String> link) throws Exception {
        if (background == null) {
            background = Executors.newFixedThreadPool(4);
            stage = FxToolkit.registerPrimaryStage();
        }
        ProfileGate gate = bed.gate(profile);
        DesktopPreferences prefs = DesktopPreferences.load(profile, Runnable::run);
        shell = fx(() -> {
            shellThemes = new Themes(ThemeChoice.LIGHT);
            DesktopShell sh = new DesktopShell(stage, gate, prefs, new UiThreads(Platform::runLater, background),
                    shellThemes, new ShellOptions(Clock.systemDefaultZone(), link,
                            (title, text, open) -> notifications.add(title + ": " + text), false, exits::incrementAndGet));
            sh.show();
            return sh;
        });
        shells.add(shell);
        return shell;
    }

    /** A second profile, created directly (not through the window), online. */
    Session other(String name) throws Exception {
        Session s = bed.create(dir.resolve(name), name);
        others.add(s);
        return s;
    }

    /** A profile made for {@code name}, then opened through the window's password screen; its session. */
    Session window(String name) throws Exception {
        Path profile = dir.resolve(name);
        bed.create(profile, name).close();
        show(profile, Optional.empty());
        visible("#unlock-view");
        type("#unlock-password", DesktopTestbed.PW);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        visible("#main");
        return mine();
    }

    /** The window's profile {@code me} and a second profile {@code peer}, already contacts of each other. */
    record Pair(Session mine, Session peer) {
        io.linnet.chat.api.Messenger a() {
            return mine.messenger();
        }

        io.linnet.chat.api.Messenger b() {
            return peer.messenger();
        }
    }

    Pair connected(String me, String peer) throws Exception {
        Session mine = window(me);
        Session other = other(peer);
        DesktopTestbed.connect(mine.messenger(), other.messenger());
        return new Pair(mine, other);
    }

    /** The session the window opened, once it has one. */
    Session mine() throws Exception {
        until(() -> shell.session().isPresent(), "the window's profile is open");
        Session s = fx(() -> shell.session().orElseThrow());
        DesktopTestbed.online(s);
        return s;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (DesktopShell sh : shells) {
            Optional<Session> s = fx(sh::session);
            fx(() -> {
                if (sh.mainView() != null) {
                    sh.mainView().dispose();
                }
                return null;
            });
            s.ifPresent(Session::close);
        }
        for (Session s : others) {
            s.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    /**
     * Polls {@code c} on the JavaFX thread until it holds (30 s at most). A failure to evaluate it counts
     * as "not yet" (a node can join the scene a pulse after its parent: split and scroll panes add their
     * content from their skins); the last failure is reported at the timeout.
     */
    static void until(Callable<Boolean> c, String what) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Exception last = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(fx(c))) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            if (System.nanoTime() > end) {
                snapshot(what);
                AssertionError failure = new AssertionError("timed out waiting for " + what);
                if (last != null) {
                    failure.initCause(last);
                }
                throw failure;
            }
            Thread.sleep(50);
        }
    }

    /** Saves what the window shows to target/ui-failures (to see why a wait timed out). */
    static void snapshot(String name) {
        try {
            Path out = Path.of("target", "ui-failures");
            java.nio.file.Files.createDirectories(out);
            javafx.scene.image.WritableImage img = fx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(javafx.stage.Window::isShowing).findFirst().orElseThrow().getScene().snapshot(null));
            try (var o = java.nio.file.Files.newOutputStream(out.resolve(name.replaceAll("[^A-Za-z0-9]+", "_") + ".png"))) {
                io.linnet.ui.common.ImageBytes.writePng(img, o);
            }
        } catch (Exception e) {
            System.err.println("no snapshot: " + e);
        }
    }

    /** Waits for a node to be in the scene and visible. */
    void visible(String query) throws Exception {
        until(() -> robot.lookup(query).queryAll().stream().anyMatch(DesktopUiTest::shown), query + " visible");
    }

    /** Whether a node is in a scene and neither it nor any parent is hidden. */
    static boolean shown(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text of a label or field; from the test thread it first waits for the node to be on screen. */
    String text(String query) throws Exception {
        if (!Platform.isFxApplicationThread()) {
            visible(query);
        }
        return fx(() -> {
            Node n = robot.lookup(query).query();
            return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
        });
    }

    /** Types into a text field (clicks it first). */
    void type(String query, String text) throws Exception {
        click(query);
        robot.write(text);
    }

    /** Clicks a node once it is in the scene and visible (a scroll pane's content joins the scene a pulse later). */
    void click(String query) throws Exception {
        visible(query);
        fx(() -> {
            robot.lookup(query).query().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    /** Replaces what a text field holds by typing (select all, then the new text). */
    void retype(String query, String text) throws Exception {
        click(query);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write(text);
    }

    /** Sets a text field's content at once (for long values that are not the subject of the test). */
    void set(String query, String text) throws Exception {
        visible(query);
        fx(() -> {
            ((TextInputControl) robot.lookup(query).query()).setText(text);
            return null;
        });
    }

    /** The messages the open conversation shows. */
    java.util.List<io.linnet.ui.conversation.MessageItem> shown() throws Exception {
        return fx(() -> shell.mainView().conversationView().model().rows().stream()
                .filter(r -> r instanceof io.linnet.ui.conversation.MessageItem).map(r -> (io.linnet.ui.conversation.MessageItem) r).toList());
    }

    /** Opens the chat with {@code peer} (it must be the only one in the list). */
    void openChatWith(Session peer) throws Exception {
        until(() -> shell.mainModel().chats().find(peer.messenger().address()).isPresent(), "the chat in the list");
        robot.clickOn(".chat-cell");
        visible("#conversation");
        until(() -> peer.messenger().address().equals(shell.mainModel().conversationProperty().get().conversation()), "that chat open");
    }

    /** Writes a PNG of a colour gradient, {@code w} by {@code h} pixels, to {@code file}. */
    static Path gradientPng(Path file, int w, int h) throws Exception {
        fx(() -> {
            javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(w, h);
            for (int x = 0; x < w; x++) {
                for (int y = 0; y < h; y++) {
                    img.getPixelWriter().setColor(x, y, javafx.scene.paint.Color.hsb(200 + x * 120.0 / w, 0.5 + 0.4 * y / h, 0.9));
                }
            }
            try (var o = java.nio.file.Files.newOutputStream(file)) {
                io.linnet.ui.common.ImageBytes.writePng(img, o);
            }
            return null;
        });
        return file;
    }

    void assertContains(String text, String part) {
        assertTrue(text.contains(part), "'" + text + "' should contain '" + part + "'");
    }
}
