package io.linnet.ui.settings;

import static io.linnet.ui.common.I18n.t;

import atlantafx.base.controls.ToggleSwitch;
import io.linnet.ui.NetworkStatus;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Icons;
import io.linnet.ui.common.Page;
import io.linnet.ui.theme.ThemeChoice;
import java.io.File;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

/** The settings panel. */
public final class SettingsView extends Page {
    private final SettingsViewModel vm;

    public SettingsView(SettingsViewModel vm, Runnable close) {
        super("settings-page", t("settings.title"), close);
        this.vm = vm;
        content().getChildren().add(Forms.info(vm.infoProperty(), "settings-info"));
        network();
        appearance();
        notifications();
        FilesSection.add(this, vm.files());
        password();
        backup();
        about();
    }

    private void network() {
        Label status = new Label();
        status.setId("settings-network-status");
        status.setWrapText(true);
        Runnable show = () -> status.setText(describe(vm.statusProperty().get()));
        vm.statusProperty().addListener((o, a, b) -> show.run());
        show.run();
        ListView<String> relays = new ListView<>(vm.relays());
        relays.setId("relay-list");
        relays.setPrefHeight(96);
        Label noRelays = Forms.note(t("settings.relays.none"));
        noRelays.visibleProperty().bind(Bindings.isEmpty(vm.relays()));
        noRelays.managedProperty().bind(noRelays.visibleProperty());
        relays.visibleProperty().bind(Bindings.isNotEmpty(vm.relays()));
        relays.managedProperty().bind(relays.visibleProperty());
        TextField add = new TextField();
        add.setId("new-relay");
        add.setPromptText("host:port");
        add.textProperty().bindBidirectional(vm.newRelayProperty());
        add.setOnAction(e -> vm.addRelay());
        HBox.setHgrow(add, Priority.ALWAYS);
        Button addButton = Forms.plain(t("settings.relays.add"), "add-relay");
        addButton.setOnAction(e -> vm.addRelay());
        Button remove = Forms.plain(t("settings.relays.remove"), "remove-relay");
        remove.disableProperty().bind(relays.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.relays().remove(relays.getSelectionModel().getSelectedItem()));
        ToggleSwitch host = new ToggleSwitch(t("settings.hostRelay"));
        host.setId("host-relay");
        host.selectedProperty().bindBidirectional(vm.hostRelayProperty());
        Button save = Forms.accent(t("settings.network.save"), "save-network");
        save.setOnAction(e -> vm.saveNetwork());
        section(t("settings.network"),
                new Label(t("settings.network.profile", vm.networkProfile())),
                status,
                spaced(Forms.heading(t("settings.relays"))), Forms.note(t("settings.relays.text")), noRelays, relays,
                new HBox(8, add, addButton, remove),
                host, Forms.note(t("settings.hostRelay.text")),
                Forms.error(vm.networkBusy().errorProperty(), "network-error"),
                Forms.buttons(save));
    }

    private static Node spaced(Node n) {
        VBox.setMargin(n, new javafx.geometry.Insets(8, 0, 0, 0));
        return n;
    }

    static String describe(NetworkStatus s) {
        if (s == null) {
            return "";
        }
        String relay = s.localRelay().isEmpty() ? t("settings.network.noLocalRelay")
                : s.relayInThisApp() ? t("settings.network.relayHere", s.localRelay()) : t("settings.network.relayUsed", s.localRelay());
        String conn = s.online() ? t("settings.network.online", String.join(", ", s.connectedRelays()))
                : t("settings.network.offline");
        return relay + "\n" + conn;
    }

    private void appearance() {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(16);
        for (ThemeChoice c : ThemeChoice.values()) {
            RadioButton r = new RadioButton(t("settings.theme." + c.name().toLowerCase(java.util.Locale.ROOT)));
            r.setId("theme-" + c.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(group);
            r.setUserData(c);
            r.setSelected(vm.themeProperty().get() == c);
            choices.getChildren().add(r);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.themeProperty().set((ThemeChoice) b.getUserData());
            }
        });
        vm.themeProperty().addListener((o, a, now) -> group.getToggles().stream()
                .filter(tg -> tg.getUserData() == now).findFirst().ifPresent(tg -> tg.setSelected(true)));
        section(t("settings.appearance"), choices);
    }

    private void notifications() {
        ToggleSwitch on = new ToggleSwitch(t("settings.notifications.on"));
        on.setId("notifications");
        on.selectedProperty().bindBidirectional(vm.notificationsProperty());
        section(t("settings.notifications"), on, Forms.note(t("settings.notifications.text")));
    }

    private void password() {
        PasswordField old = field("old-password", vm.oldPasswordProperty());
        PasswordField fresh = field("new-password", vm.newPasswordProperty());
        PasswordField confirm = field("confirm-new-password", vm.confirmPasswordProperty());
        Button change = Forms.accent(t("settings.password.submit"), "change-password");
        change.disableProperty().bind(vm.passwordBusy().busyProperty());
        change.setOnAction(e -> vm.changePassword());
        section(t("settings.password"),
                Forms.labelled(t("settings.password.old"), old),
                Forms.labelled(t("settings.password.new"), fresh),
                Forms.labelled(t("settings.password.confirm"), confirm),
                Forms.error(vm.passwordBusy().errorProperty(), "password-error"),
                Forms.buttons(Forms.spinner(vm.passwordBusy().busyProperty()), change));
    }

    private static PasswordField field(String id, javafx.beans.property.StringProperty p) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private void backup() {
        TextField target = new TextField();
        target.setId("backup-target");
        target.setPromptText(t("settings.backup.file.prompt"));
        target.textProperty().addListener((o, a, b) -> vm.backupTargetProperty().set(b == null || b.isBlank() ? null : java.nio.file.Path.of(b.strip())));
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = new Button(t("settings.backup.choose"), Icons.of(Feather.FOLDER, 14));
        choose.setId("choose-backup-target");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t("settings.backup.choose"));
            chooser.setInitialFileName("linnet-" + LocalDate.now() + ".linnet-backup");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t("files.backups"), "*.linnet-backup"));
            File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                target.setText(f.getAbsolutePath());
            }
        });
        PasswordField pw = field("backup-password", vm.backupPasswordProperty());
        CheckBox history = new CheckBox(t("settings.backup.history"));
        history.setId("backup-history");
        history.selectedProperty().bindBidirectional(vm.backupHistoryProperty());
        Button export = Forms.accent(t("settings.backup.submit"), "export-backup");
        export.disableProperty().bind(vm.backupBusy().busyProperty());
        export.setOnAction(e -> vm.exportBackup());
        section(t("settings.backup"), Forms.note(t("settings.backup.text")),
                Forms.labelled(t("settings.backup.file"), new HBox(8, target, choose)),
                Forms.labelled(t("settings.backup.password"), pw), history,
                Forms.error(vm.backupBusy().errorProperty(), "backup-error"),
                Forms.buttons(Forms.spinner(vm.backupBusy().busyProperty()), export));
    }

    private void about() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        row(grid, 0, t("settings.about.version"), new Label(vm.version()));
        TextField address = new TextField(vm.address());
        address.setEditable(false);
        address.setId("about-address");
        address.getStyleClass().add("monospace");
        GridPane.setHgrow(address, Priority.ALWAYS);
        row(grid, 1, t("settings.about.address"), address);
        TextField dir = new TextField(vm.dataDir().toString());
        dir.setEditable(false);
        dir.setId("about-data-dir");
        row(grid, 2, t("settings.about.dataDir"), dir);
        Label graphics = new Label(vm.graphics());
        graphics.setId("about-graphics");
        graphics.setWrapText(true);
        row(grid, 3, t("settings.about.graphics"), graphics);
        VBox box = new VBox(8, grid, Forms.note(t("settings.about.text")));
        box.setAlignment(Pos.TOP_LEFT);
        section(t("settings.about"), box);
    }

    private static void row(GridPane grid, int r, String label, Node value) {
        Label l = new Label(label);
        l.getStyleClass().add("text-muted");
        grid.add(l, 0, r);
        grid.add(value, 1, r);
    }
}
