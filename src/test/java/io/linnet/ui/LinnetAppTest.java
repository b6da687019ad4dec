package io.linnet.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.app.DesktopTestbed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application class, as the composition root starts it: first run shows onboarding; later runs ask for the password. */
class LinnetAppTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    private javafx.application.Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private Stage launch(Path profile) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        try (DesktopTestbed bed = DesktopTestbed.start()) {
            LinnetApp.configure(bed.gate(profile), Optional.empty());
        }
        app = FxToolkit.setupApplication(LinnetApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    @Test
    void aFirstRunShowsOnboardingInTheLinnetWindow() throws Exception {
        Stage stage = launch(dir.resolve("fresh"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isPresent());
        assertTrue(stage.isShowing());
        assertEquals("Linnet", stage.getTitle());
        assertEquals(5, stage.getIcons().size(), "window icons from assets/icons");
        assertTrue(robot.lookup("#create-identity").tryQuery().isPresent());
    }

    @Test
    void aLaterRunAsksForThePassword() throws Exception {
        Path profile = dir.resolve("existing");
        Files.createDirectories(profile);
        Files.write(profile.resolve("linnet.wal"), new byte[] {1});
        launch(profile);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unlock-view").tryQuery().isPresent());
        assertTrue(robot.lookup("#unlock-password").tryQuery().isPresent());
    }
}
