package io.linnet.app;

import io.linnet.cli.CommandLines;
import io.linnet.cli.daemon.DaemonCommand;

/**
 * The single entry point of {@code linnet.jar}: no argument (or {@code --data-dir DIR}, or an {@code ixian:}
 * link) opens the desktop app, a subcommand ({@code tool}, {@code relay}, {@code daemon}) runs headless;
 * the daemon gets its profile wiring ({@link DaemonProfiles}) from here.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}, so the jar starts
 * from a plain class path.
 */
public final class Launcher {
    private Launcher() {}

    /** The desktop app also takes an {@code ixian:} link (the registered URI handler passes one). */
    static boolean opensDesktop(String firstArg) {
        return firstArg.regionMatches(true, 0, "ixian:", 0, 6);
    }

    /** Arguments that start the desktop app: none, an {@code ixian:} link, or {@code --data-dir}. */
    static boolean desktop(String[] args) {
        return args.length == 0 || opensDesktop(args[0]) || args[0].equals("--data-dir") || args[0].startsWith("--data-dir=");
    }

    public static void main(String[] args) {
        if (desktop(args)) {
            DesktopStarter.start(args);
            return;
        }
        DaemonCommand.useProfiles(DaemonProfiles::new);
        int code = CommandLines.create().execute(args);
        System.exit(code);
    }
}
