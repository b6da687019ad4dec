package io.linnet.ui.app;

/** Where desktop notifications go: the system tray's balloons, or a toast in the window. */
public interface NotificationSink {
    /** Shows a notification; {@code open} brings the conversation up when the user clicks it. Called on the JavaFX thread. */
    void show(String title, String text, Runnable open);
}
