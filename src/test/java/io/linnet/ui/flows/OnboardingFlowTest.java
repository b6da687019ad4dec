package io.linnet.ui.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.app.DesktopTestbed;
import io.linnet.ui.Session;
import io.linnet.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;

/** First run (create or restore) and later runs (password) through the window. */
class OnboardingFlowTest extends DesktopUiTest {

    @Test
    void createAnIdentityThenUnlockItOnTheNextStart() throws Exception {
        Path profile = dir.resolve("alice");
        show(profile, Optional.empty());
        visible("#welcome");
        click("#create-identity");
        visible("#create-view");
        type("#nickname", "Alice");
        type("#password", "short");
        assertEquals(I18n.t("strength.too_short"), text("#password-strength"));
        type("#password", " but now long enough 42!");
        assertFalse(text("#password-strength").equals(I18n.t("strength.too_short")), "a strength hint for the longer password");
        type("#password-confirm", "short but now long enough 42?");
        visible(".danger");
        assertTrue(fx(() -> robot.lookup("#create").queryAs(Button.class).isDisabled()), "different passwords");
        retype("#password-confirm", "short but now long enough 42!");
        assertTrue(fx(() -> robot.lookup("#create").queryAs(Button.class).isDisabled()), "the warning is not acknowledged yet");
        click("#understood");
        assertFalse(fx(() -> robot.lookup("#create").queryAs(Button.class).isDisabled()));
        click("#create");

        visible("#main");
        Session s = mine();
        assertEquals("Alice", text("#my-name"));
        assertEquals("Alice", s.messenger().profile().nickname());
        assertTrue(Files.exists(profile.resolve("linnet.wal")));
        until(() -> text("#network-status").startsWith(I18n.t("status.online")), "online in the status bar");

        // quitting closes the profile; the next start asks for the password
        fx(() -> {
            shell.quit();
            return null;
        });
        until(() -> exits.get() == 1, "the app exits after the profile closed");
        assertTrue(fx(() -> shell.session().isEmpty()));

        show(profile, Optional.empty());
        visible("#unlock-view");
        type("#unlock-password", "not the password");
        click("#unlock");
        visible("#unlock-error");
        assertEquals(I18n.t("error.wrongPassword"), text("#unlock-error"));
        retype("#unlock-password", "short but now long enough 42!");
        click("#unlock");
        visible("#main");
        assertEquals("Alice", text("#my-name"));
    }

    @Test
    void restoreAnIdentityFromABackupFile() throws Exception {
        Session bob = other("bob");
        Path backup = dir.resolve("bob.linnet-backup");
        DesktopTestbed.await(bob.exportBackup(backup, DesktopTestbed.PW, true));
        String address = bob.messenger().address().toString();
        bob.close();

        show(dir.resolve("restored"), Optional.empty());
        visible("#welcome");
        click("#restore-backup");
        visible("#restore-view");
        set("#backup-file", dir.resolve("no-such-file").toString());
        type("#restore-password", DesktopTestbed.PW);
        click("#restore");
        visible("#restore-error");

        set("#backup-file", backup.toString());
        retype("#restore-password", "wrong password!");
        click("#restore");
        until(() -> I18n.t("error.wrongPassword").equals(text("#restore-error")), "the wrong password is named");

        retype("#restore-password", DesktopTestbed.PW);
        click("#restore");
        visible("#main");
        Session s = mine();
        assertEquals(address, s.messenger().address().toString(), "the same identity is back");
        until(() -> "bob".equals(text("#my-name")), "the nickname from the backup");
    }
}
