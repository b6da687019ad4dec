package io.linnet.ui.onboarding;

import static io.linnet.ui.common.I18n.t;

import io.linnet.ui.Session;
import io.linnet.ui.common.Forms;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

/** First run: restore an identity from a backup file and its password. */
public final class RestoreView extends StackPane {
    public RestoreView(RestoreViewModel vm, Runnable back, Consumer<Session> opened) {
        setId("restore-view");
        TextField file = new TextField();
        file.setId("backup-file");
        file.setPromptText(t("restore.file.prompt"));
        file.textProperty().addListener((o, a, b) -> vm.backupProperty().set(toPath(b)));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = Forms.plain(t("restore.file.choose"), "choose-backup");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t("restore.file.choose"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(t("files.backups"), "*.linnet-backup"),
                    new FileChooser.ExtensionFilter(t("files.all"), "*"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                file.setText(f.getAbsolutePath());
            }
        });
        PasswordField password = new PasswordField();
        password.setId("restore-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Forms.focusWhenShown(file);
        getChildren().add(Forms.centredCard(480,
                Forms.title(t("restore.title")),
                Forms.note(t("restore.text")),
                Forms.labelled(t("restore.file"), new HBox(8, file, choose)),
                Forms.labelled(t("restore.password"), password),
                Forms.error(vm.busy().errorProperty(), "restore-error"),
                Forms.backAndSubmit(vm.busy(), back, t("restore.submit"), "restore", vm.canRestore(), () -> vm.restore(opened))));
    }

    private static Path toPath(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
