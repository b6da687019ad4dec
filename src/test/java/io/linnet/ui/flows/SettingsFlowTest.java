package io.linnet.ui.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.app.DesktopTestbed;
import io.linnet.ui.NetworkSettings;
import io.linnet.ui.Session;
import io.linnet.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/** Settings through the window: about, theme, network, password, backup. */
class SettingsFlowTest extends DesktopUiTest {

    @Test
    void themeNetworkAndAbout() throws Exception {
        Session alice = window("alice");
        click("#open-settings");
        visible("#settings-page");
        assertEquals(alice.messenger().address().toString(), text("#about-address"));
        assertEquals(dir.resolve("alice").toAbsolutePath().toString(), text("#about-data-dir"));
        // the headless tests draw with JavaFX's software pipeline, chosen on the command line, not from a record
        assertEquals(I18n.t("settings.about.graphics.software"), text("#about-graphics"));
        until(() -> text("#settings-network-status").contains(I18n.t("settings.network.online", "").strip().replace(".", "")),
                "the network section tells how we are connected");

        click("#theme-dark");
        until(() -> stage.getScene().getRoot().getStyleClass().contains("dark"), "dark theme");
        assertTrue(Files.readString(dir.resolve("alice/desktop.properties")).contains("theme=dark"), "the choice is remembered");
        click("#theme-light");
        until(() -> !stage.getScene().getRoot().getStyleClass().contains("dark"), "light again");

        type("#new-relay", "not a relay");
        click("#add-relay");
        visible("#network-error");
        retype("#new-relay", "192.168.1.20:10235");
        click("#add-relay");
        assertEquals(List.of("192.168.1.20:10235"), fx(() -> List.copyOf(robot.lookup("#relay-list").queryAs(ListView.class).getItems())));
        click("#host-relay");
        click("#save-network");
        until(() -> I18n.t("settings.network.saved").equals(text("#settings-info")), "saved");
        NetworkSettings saved = bed.gate(dir.resolve("alice")).networkSettings();
        assertEquals(List.of("192.168.1.20:10235"), saved.relays());
        assertFalse(saved.hostRelay());
    }

    @Test
    void changeThePasswordAndWriteABackup() throws Exception {
        window("alice");
        click("#open-settings");
        visible("#settings-page");
        type("#old-password", "wrong password");
        type("#new-password", "a new password 123");
        type("#confirm-new-password", "a new password 123");
        click("#change-password");
        until(() -> I18n.t("error.wrongPassword").equals(text("#password-error")), "the old password is checked");
        retype("#old-password", DesktopTestbed.PW);
        click("#change-password");
        until(() -> I18n.t("settings.password.changed").equals(text("#settings-info")), "changed");

        Path backup = dir.resolve("alice.linnet-backup");
        type("#backup-target", backup.toString());
        type("#backup-password", DesktopTestbed.PW);
        click("#export-backup");
        until(() -> I18n.t("error.wrongPassword").equals(text("#backup-error")), "the backup needs the current password");
        retype("#backup-password", "a new password 123");
        click("#export-backup");
        until(() -> text("#settings-info").equals(I18n.t("settings.backup.done", backup)), "backup written");
        assertTrue(Files.size(backup) > 0);

        // the next start takes the new password only
        fx(() -> {
            shell.quit();
            return null;
        });
        until(() -> exits.get() == 1, "quit");
        show(dir.resolve("alice"), Optional.empty());
        type("#unlock-password", DesktopTestbed.PW);
        click("#unlock");
        until(() -> I18n.t("error.wrongPassword").equals(text("#unlock-error")), "the old password no longer opens it");
        retype("#unlock-password", "a new password 123");
        click("#unlock");
        visible("#main");
    }
}
