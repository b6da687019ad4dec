package io.linnet.ui;

import java.util.concurrent.CompletionStage;

/**
 * What the desktop window needs from the rest of Linnet, supplied by the composition root before the
 * JavaFX application starts. Implementations never block the calling (JavaFX) thread.
 */
public interface DesktopBackend {
    /** Starts the background work; completes with a one-line network status for the window. */
    CompletionStage<String> start();

    /** Stops everything the backend started (called when the user quits). */
    void stop();

    /** A backend with nothing behind it (UI tests). */
    DesktopBackend NONE = new DesktopBackend() {
        @Override
        public CompletionStage<String> start() {
            return java.util.concurrent.CompletableFuture.completedFuture("offline");
        }

        @Override
        public void stop() {}
    };
}
