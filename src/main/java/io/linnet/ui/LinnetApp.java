package io.linnet.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop app. For now a window that says what is coming and how the network is reached. */
public final class LinnetApp extends Application {
    private static volatile DesktopBackend backend = DesktopBackend.NONE;

    /** Set by the composition root before {@link Application#launch}. */
    public static void useBackend(DesktopBackend b) {
        backend = b;
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("Linnet");
        title.setId("title");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label subtitle = new Label("Decentralized group messenger for the Ixian S2 network");
        Label status = new Label("Starting the network…");
        status.setId("network-status");
        status.setStyle("-fx-text-fill: #5a6570;");
        VBox root = new VBox(12, title, subtitle, status);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(24));
        stage.setTitle("Linnet");
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            var icon = LinnetApp.class.getResource("icons/linnet-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        stage.setScene(new Scene(root, 640, 400));
        stage.show();
        backend.start().whenComplete((text, error) -> Platform.runLater(() -> status.setText(
                error == null ? text : "Network unavailable: " + error.getMessage())));
    }

    @Override
    public void stop() {
        backend.stop();
    }
}
