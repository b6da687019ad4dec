package io.linnet.app;

import io.linnet.ui.LinnetApp;

/** Starts the JavaFX desktop app; kept apart so headless subcommands never touch JavaFX classes. */
final class DesktopStarter {
    private DesktopStarter() {}

    static void start(String[] args) {
        javafx.application.Application.launch(LinnetApp.class, args);
    }
}
