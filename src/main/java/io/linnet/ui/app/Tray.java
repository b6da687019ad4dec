package io.linnet.ui.app;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.awt.AWTException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linnet's icon in the system tray (AWT), where the platform has one: the window can close while Linnet
 * keeps running, "Open Linnet" brings it back, "Quit" ends it; new messages show as the tray's balloons.
 * Where there is no tray (no desktop environment, Xvfb, headless tests) {@link #install} gives nothing and
 * closing the window quits the app.
 */
final class Tray implements NotificationSink {
    private static final Logger LOG = LoggerFactory.getLogger(Tray.class);
    private final TrayIcon icon;
    private volatile Runnable clicked = () -> { };

    private Tray(TrayIcon icon) {
        this.icon = icon;
    }

    /**
     * Puts the icon in the tray, off the JavaFX thread; completes with nothing where there is no tray.
     * {@code open} and {@code quit} run on the JavaFX thread.
     */
    static CompletionStage<Optional<Tray>> install(String openText, String quitText, Runnable open, Runnable quit) {
        CompletableFuture<Optional<Tray>> done = new CompletableFuture<>();
        if (GraphicsEnvironment.isHeadless() || Boolean.getBoolean("linnet.noTray")) {
            done.complete(Optional.empty());
            return done;
        }
        EventQueue.invokeLater(() -> {
            try {
                if (!SystemTray.isSupported()) {
                    done.complete(Optional.empty());
                    return;
                }
                var url = Tray.class.getResource("/io/linnet/ui/icons/linnet-32.png");
                TrayIcon icon = new TrayIcon(Toolkit.getDefaultToolkit().getImage(url), "Linnet");
                icon.setImageAutoSize(true);
                PopupMenu menu = new PopupMenu();
                MenuItem openItem = new MenuItem(openText);
                openItem.addActionListener(e -> Platform.runLater(open));
                MenuItem quitItem = new MenuItem(quitText);
                quitItem.addActionListener(e -> Platform.runLater(quit));
                menu.add(openItem);
                menu.addSeparator();
                menu.add(quitItem);
                icon.setPopupMenu(menu);
                Tray tray = new Tray(icon);
                icon.addActionListener(e -> Platform.runLater(() -> {
                    Runnable r = tray.clicked;
                    tray.clicked = () -> { };
                    open.run();
                    r.run();
                }));
                SystemTray.getSystemTray().add(icon);
                done.complete(Optional.of(tray));
            } catch (AWTException | RuntimeException | Error e) {
                LOG.info("no system tray: {}", e.toString());
                done.complete(Optional.empty());
            }
        });
        return done;
    }

    @Override
    public void show(String title, String text, Runnable open) {
        clicked = open;
        EventQueue.invokeLater(() -> icon.displayMessage(title, text, TrayIcon.MessageType.NONE));
    }

    /** Takes the icon out of the tray. */
    void remove() {
        EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
    }
}
