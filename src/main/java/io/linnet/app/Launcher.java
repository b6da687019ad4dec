package io.linnet.app;

import io.linnet.cli.CommandLines;

/**
 * The single entry point of {@code linnet.jar}: no argument opens the desktop app, a subcommand
 * ({@code tool}, later {@code relay} and {@code daemon}) runs headless.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}, so the jar starts
 * from a plain class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopStarter.start(args);
            return;
        }
        int code = CommandLines.create().execute(args);
        System.exit(code);
    }
}
