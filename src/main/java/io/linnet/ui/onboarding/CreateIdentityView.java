package io.linnet.ui.onboarding;

import static io.linnet.ui.common.I18n.t;

import io.linnet.ixian.codec.Bytes;
import io.linnet.ui.Session;
import io.linnet.ui.common.AvatarView;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Icons;
import io.linnet.ui.common.ImageBytes;
import io.linnet.ui.common.UiThreads;
import java.io.File;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

/** First run: nickname, avatar, password with a strength hint, and the warning about backups. */
public final class CreateIdentityView extends StackPane {
    private final CreateIdentityViewModel vm;
    private final UiThreads threads;
    private final AvatarView avatar = new AvatarView(64);

    public CreateIdentityView(CreateIdentityViewModel vm, UiThreads threads, Runnable back, Consumer<Session> opened) {
        this.vm = vm;
        this.threads = threads;
        setId("create-view");
        avatar.show("new", Bytes.EMPTY);
        Button pick = Forms.plain(t("create.avatar.choose"), "choose-avatar");
        pick.setOnAction(e -> chooseAvatar());
        HBox avatarRow = new HBox(14, avatar, pick);
        avatarRow.setAlignment(Pos.CENTER_LEFT);

        TextField nickname = new TextField();
        nickname.setId("nickname");
        nickname.setPromptText(t("create.nickname.prompt"));
        nickname.textProperty().bindBidirectional(vm.nicknameProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField confirm = new PasswordField();
        confirm.setId("password-confirm");
        confirm.textProperty().bindBidirectional(vm.confirmProperty());

        ProgressBar meter = new ProgressBar(0);
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.getStyleClass().add("strength-meter");
        Label strength = new Label();
        strength.setId("password-strength");
        strength.getStyleClass().add("text-small");
        vm.strengthProperty().addListener((o, a, level) -> showStrength(level, meter, strength));
        showStrength(vm.strengthProperty().get(), meter, strength);
        Label mismatch = new Label(t("create.password.mismatch"));
        mismatch.getStyleClass().addAll("danger", "text-small");
        mismatch.visibleProperty().bind(vm.mismatch());
        mismatch.managedProperty().bind(mismatch.visibleProperty());

        Label warnTitle = new Label(t("create.warning.title"), Icons.of(Feather.ALERT_TRIANGLE, 16));
        warnTitle.getStyleClass().add("text-bold");
        Label warnText = Forms.note(t("create.warning.text"));
        CheckBox understood = new CheckBox(t("create.warning.understood"));
        understood.setId("understood");
        understood.setWrapText(true);
        understood.selectedProperty().bindBidirectional(vm.understoodProperty());
        VBox warning = new VBox(6, warnTitle, warnText, understood);
        warning.getStyleClass().add("warning-box");

        Forms.focusWhenShown(nickname);
        getChildren().add(Forms.centredCard(480,
                Forms.title(t("create.title")),
                avatarRow,
                Forms.labelled(t("create.nickname"), nickname),
                Forms.labelled(t("create.password"), password),
                new VBox(4, meter, strength),
                Forms.labelled(t("create.password.confirm"), confirm),
                mismatch,
                warning,
                Forms.error(vm.busy().errorProperty(), "create-error"),
                Forms.backAndSubmit(vm.busy(), back, t("create.submit"), "create", vm.canCreate(), () -> vm.create(opened))));
    }

    private static void showStrength(PasswordStrength.Level level, ProgressBar meter, Label text) {
        meter.setProgress(switch (level) {
            case TOO_SHORT -> 0.05;
            case WEAK -> 0.25;
            case FAIR -> 0.5;
            case GOOD -> 0.75;
            case STRONG -> 1.0;
        });
        meter.getStyleClass().removeAll("weak", "fair", "good", "strong");
        meter.getStyleClass().add(switch (level) {
            case TOO_SHORT, WEAK -> "weak";
            case FAIR -> "fair";
            case GOOD -> "good";
            case STRONG -> "strong";
        });
        text.setText(t("strength." + level.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void chooseAvatar() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t("create.avatar.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t("files.images"), "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            threads.read(() -> {
                Image img = new Image(f.toURI().toString(), 256, 256, true, true, false);
                return img.isError() ? Bytes.EMPTY : Bytes.of(ImageBytes.squareAvatar(img, Math.min(128, (int) Math.min(img.getWidth(), img.getHeight()))));
            }, bytes -> {
                vm.avatarProperty().set(bytes);
                avatar.show("new", bytes);
            });
        }
    }
}
