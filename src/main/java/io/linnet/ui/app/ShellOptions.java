package io.linnet.ui.app;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link DesktopShell} fits its surroundings.
 *
 * @param clock the clock times are shown by
 * @param link an {@code ixian:} link or address from the command line: the contacts panel opens with it
 * @param notifications where notifications go; {@code null} for the tray's balloons or, without a tray,
 *     toasts in the window's corner
 * @param useTray whether to try the system tray at all
 * @param exit what ends the application once the profile is closed ({@code Platform::exit})
 */
public record ShellOptions(Clock clock, Optional<String> link, NotificationSink notifications, boolean useTray, Runnable exit) {
    public ShellOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(exit, "exit");
    }
}
