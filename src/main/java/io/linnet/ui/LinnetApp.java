package io.linnet.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop app. For now a window that says what is coming; the messenger screens follow. */
public final class LinnetApp extends Application {
    @Override
    public void start(Stage stage) {
        Label title = new Label("Linnet");
        title.setId("title");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label subtitle = new Label("Decentralized group messenger for the Ixian S2 network");
        VBox root = new VBox(12, title, subtitle);
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
    }
}
