package io.linnet.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The desktop app starts headless (Monocle) and shows its window. */
@ExtendWith(ApplicationExtension.class)
class LinnetAppTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new LinnetApp().start(stage);
    }

    @Test
    void windowShowsTitle(FxRobot robot) {
        assertTrue(stage.isShowing());
        assertEquals("Linnet", stage.getTitle());
        assertEquals(5, stage.getIcons().size(), "window icons from assets/icons");
        assertEquals("Linnet", robot.lookup("#title").queryAs(Label.class).getText());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals("offline", robot.lookup("#network-status").queryAs(Label.class).getText(),
                "the backend's status replaces the placeholder");
    }
}
