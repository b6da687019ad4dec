package io.linnet.ui.settings;

import io.linnet.ixian.wallet.WalletCodec;
import io.linnet.ui.NetworkSettings;
import io.linnet.ui.NetworkStatus;
import io.linnet.ui.ProfileGate;
import io.linnet.ui.Session;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.I18n;
import io.linnet.ui.common.UiThreads;
import io.linnet.ui.theme.ThemeChoice;
import java.nio.file.Path;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Settings: network, look, notifications, files, password, backup, and what this installation is. */
public final class SettingsViewModel {
    private final Session session;
    private final ProfileGate gate;
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>();
    private final BooleanProperty notifications = new SimpleBooleanProperty();
    private final ObservableList<String> relays = FXCollections.observableArrayList();
    private final StringProperty newRelay = new SimpleStringProperty("");
    private final BooleanProperty hostRelay = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<NetworkStatus> status = new ReadOnlyObjectWrapper<>();
    private final StringProperty oldPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty confirmPassword = new SimpleStringProperty("");
    private final ObjectProperty<Path> backupTarget = new SimpleObjectProperty<>();
    private final StringProperty backupPassword = new SimpleStringProperty("");
    private final BooleanProperty backupHistory = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final Busy network;
    private final Busy password;
    private final Busy backup;
    private final String profile;
    private final FilesViewModel files;

    public SettingsViewModel(Session session, ProfileGate gate, DesktopPreferences prefs, ObjectProperty<ThemeChoice> themeChoice,
            UiThreads threads) {
        this.session = session;
        this.gate = gate;
        this.network = new Busy(threads);
        this.password = new Busy(threads);
        this.backup = new Busy(threads);
        this.files = new FilesViewModel(session.messenger(), threads);
        files.load();
        theme.bindBidirectional(themeChoice);
        theme.addListener((o, a, b) -> prefs.theme(b));
        notifications.set(prefs.notifications());
        notifications.addListener((o, a, b) -> prefs.notifications(b));
        NetworkSettings n = gate.networkSettings();
        profile = n.profile();
        relays.setAll(n.relays());
        hostRelay.set(n.hostRelay());
        refreshStatus();
    }

    public void refreshStatus() {
        status.set(session.network());
    }

    /** Adds the relay typed in, if it is host:port. */
    public boolean addRelay() {
        String r = newRelay.get().strip();
        if (!NetworkSettings.validRelay(r)) {
            network.fail(I18n.t("settings.relays.invalid"));
            return false;
        }
        network.clearError();
        if (!relays.contains(r)) {
            relays.add(r);
        }
        newRelay.set("");
        return true;
    }

    public void saveNetwork() {
        network.run(() -> gate.saveNetworkSettings(new NetworkSettings(profile, relays, hostRelay.get())),
                v -> info.set(I18n.t("settings.network.saved")));
    }

    public void changePassword() {
        if (newPassword.get().length() < WalletCodec.MIN_PASSWORD_LENGTH) {
            password.fail(I18n.t("settings.password.short", WalletCodec.MIN_PASSWORD_LENGTH));
            return;
        }
        if (!newPassword.get().equals(confirmPassword.get())) {
            password.fail(I18n.t("create.password.mismatch"));
            return;
        }
        password.run(() -> session.changePassword(oldPassword.get(), newPassword.get()), v -> {
            oldPassword.set("");
            newPassword.set("");
            confirmPassword.set("");
            info.set(I18n.t("settings.password.changed"));
        });
    }

    public void exportBackup() {
        Path target = backupTarget.get();
        if (target == null) {
            backup.fail(I18n.t("settings.backup.noFile"));
            return;
        }
        backup.run(() -> session.exportBackup(target, backupPassword.get(), backupHistory.get()), v -> {
            backupPassword.set("");
            info.set(I18n.t("settings.backup.done", target));
        });
    }

    public String version() {
        String v = SettingsViewModel.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** How JavaFX draws: with the graphics hardware, or in software (and why, when the launcher chose it: {@link SoftwareRendering#reason}). */
    public String graphics() {
        if (Platform.isSupported(ConditionalFeature.SCENE3D)) {
            return I18n.t("settings.about.graphics.hardware");
        }
        return switch (SoftwareRendering.reason()) {
            case REMEMBERED -> I18n.t("settings.about.graphics.remembered", SoftwareRendering.REPROBE_AFTER.toDays());
            case NO_GRAPHICS_DEVICE -> I18n.t("settings.about.graphics.nodevice");
            case NONE -> I18n.t("settings.about.graphics.software");
        };
    }

    public String address() {
        return session.messenger().address().toString();
    }

    public Path dataDir() {
        return session.dataDir();
    }

    public String networkProfile() {
        return profile;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public BooleanProperty notificationsProperty() {
        return notifications;
    }

    public ObservableList<String> relays() {
        return relays;
    }

    public StringProperty newRelayProperty() {
        return newRelay;
    }

    public BooleanProperty hostRelayProperty() {
        return hostRelay;
    }

    public ReadOnlyObjectProperty<NetworkStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty oldPasswordProperty() {
        return oldPassword;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty confirmPasswordProperty() {
        return confirmPassword;
    }

    public ObjectProperty<Path> backupTargetProperty() {
        return backupTarget;
    }

    public StringProperty backupPasswordProperty() {
        return backupPassword;
    }

    public BooleanProperty backupHistoryProperty() {
        return backupHistory;
    }

    /** The last confirmation (saved, changed, written). */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public Busy networkBusy() {
        return network;
    }

    public Busy passwordBusy() {
        return password;
    }

    public Busy backupBusy() {
        return backup;
    }

    /** The file-transfer settings and the downloads list. */
    public FilesViewModel files() {
        return files;
    }
}
