package io.linnet.ui.onboarding;

import static io.linnet.ui.common.I18n.t;

import io.linnet.ui.Session;
import io.linnet.ui.common.Forms;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Later starts: the password opens the profile. */
public final class UnlockView extends StackPane {

    public UnlockView(UnlockViewModel vm, Path dataDir, Consumer<Session> opened) {
        setId("unlock-view");
        ImageView logo = new ImageView(new Image(Objects.requireNonNull(
                UnlockView.class.getResource("/io/linnet/ui/icons/linnet-128.png")).toExternalForm(), 72, 72, true, true));
        PasswordField password = new PasswordField();
        password.setId("unlock-password");
        password.setPromptText(t("unlock.password.prompt"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setOnAction(e -> vm.unlock(opened));
        Button unlock = Forms.accent(t("unlock.submit"), "unlock");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(vm.canUnlock().not());
        unlock.setOnAction(e -> vm.unlock(opened));
        VBox head = new VBox(10, logo, Forms.title(t("unlock.title")));
        head.setAlignment(Pos.CENTER);
        Forms.focusWhenShown(password);
        getChildren().add(Forms.centredCard(400,
                head,
                Forms.labelled(t("unlock.password"), password),
                Forms.error(vm.busy().errorProperty(), "unlock-error"),
                Forms.buttons(Forms.spinner(vm.busy().busyProperty()), unlock),
                Forms.note(t("unlock.dataDir", dataDir))));
    }
}
