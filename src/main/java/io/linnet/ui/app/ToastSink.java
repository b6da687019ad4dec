package io.linnet.ui.app;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Notifications as toasts in the corner of the screen (ControlsFX), where there is no tray. */
final class ToastSink implements NotificationSink {
    private final Window owner;

    ToastSink(Window owner) {
        this.owner = owner;
    }

    @Override
    public void show(String title, String text, Runnable open) {
        if (!owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).title(title).text(text).hideAfter(Duration.seconds(6))
                .onAction(e -> open.run()).show();
    }
}
