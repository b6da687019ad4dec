package io.linnet.ui.bench;

import io.linnet.ui.common.ReadySignal;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX window with one label, logging the same ready line as the app. The
 * main class does not extend {@link Application} (as the app's launcher does not), so that JavaFX on the
 * class path is accepted.
 */
public final class HelloWindow {
    private HelloWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("hello");
            stage.setScene(new Scene(new StackPane(new Label("hello")), 900, 700));
            stage.show();
            ReadySignal.afterFirstPulse();
        }
    }
}
