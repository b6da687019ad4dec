package io.linnet.ui.onboarding;

import static io.linnet.ui.common.I18n.t;

import io.linnet.ui.common.Forms;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The first screen of a first run: create a new identity or restore one from a backup. */
public final class WelcomeView extends StackPane {
    public WelcomeView(Runnable create, Runnable restore) {
        ImageView logo = new ImageView(new Image(Objects.requireNonNull(
                WelcomeView.class.getResource("/io/linnet/ui/icons/linnet-128.png")).toExternalForm(), 96, 96, true, true));
        Button createButton = Forms.accent(t("welcome.create"), "create-identity");
        createButton.setMaxWidth(Double.MAX_VALUE);
        createButton.setDefaultButton(true);
        createButton.setOnAction(e -> create.run());
        Button restoreButton = Forms.plain(t("welcome.restore"), "restore-backup");
        restoreButton.setMaxWidth(Double.MAX_VALUE);
        restoreButton.setOnAction(e -> restore.run());
        VBox head = new VBox(10, logo, Forms.title(t("welcome.title")), Forms.note(t("welcome.text")));
        head.setAlignment(Pos.CENTER);
        StackPane card = Forms.centredCard(440, head, createButton, restoreButton);
        getChildren().add(card);
        setId("welcome");
    }
}
