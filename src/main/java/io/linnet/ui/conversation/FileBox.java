package io.linnet.ui.conversation;

import static io.linnet.ui.common.I18n.t;

import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.TransferState;
import io.linnet.ui.common.Icons;
import java.io.File;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

/**
 * The file part of a message bubble: thumbnail (complete images), name, size and type, a progress bar while
 * it moves, and the actions its state allows (Accept, Cancel, Open, Save as).
 */
final class FileBox {
    private FileBox() {
    }

    static Node of(MessageItem m, ConversationViewModel vm) {
        FileTransfer f = m.file();
        VBox box = new VBox(4);
        box.getStyleClass().add("file-box");
        if (m.thumbnail() != null) {
            ImageView img = new ImageView(m.thumbnail());
            img.getStyleClass().add("file-thumbnail");
            img.setPreserveRatio(true);
            img.setOnMouseClicked(e -> vm.open(m));
            box.getChildren().add(img);
        }
        Label name = new Label(f.name(), Icons.of(Feather.FILE, 16));
        name.getStyleClass().add("file-name");
        name.setWrapText(true);
        Label details = new Label(size(f.size()) + " · " + f.mediaType() + " · " + state(f));
        details.getStyleClass().addAll("file-details", "text-small");
        box.getChildren().addAll(name, details);
        if (f.state() == TransferState.TRANSFERRING) {
            ProgressBar bar = new ProgressBar(f.size() == 0 ? 1 : (double) f.bytesDone() / f.size());
            bar.getStyleClass().add("file-progress");
            bar.setPrefWidth(220);
            bar.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(bar);
        }
        HBox actions = new HBox(6);
        actions.setAlignment(Pos.CENTER_LEFT);
        boolean incoming = !f.outgoing();
        if (incoming && (f.state() == TransferState.OFFERED || f.state() == TransferState.FAILED)) {
            actions.getChildren().add(button(t("file.accept"), Feather.DOWNLOAD, "file-accept", () -> vm.accept(m)));
        }
        if (f.state() == TransferState.OFFERED || f.state() == TransferState.TRANSFERRING) {
            actions.getChildren().add(button(t("file.cancel"), Feather.X, "file-cancel", () -> vm.cancelFile(m)));
        }
        if (f.path() != null && (f.outgoing() || f.state() == TransferState.COMPLETE)) {
            actions.getChildren().add(button(t("file.open"), Feather.EXTERNAL_LINK, "file-open", () -> vm.open(m)));
            Button save = button(t("file.saveAs"), Feather.SAVE, "file-save", () -> { });
            save.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(f.name());
                File target = chooser.showSaveDialog(save.getScene().getWindow());
                if (target != null) {
                    vm.saveAs(m, target.toPath());
                }
            });
            actions.getChildren().add(save);
        }
        if (!actions.getChildren().isEmpty()) {
            box.getChildren().add(actions);
        }
        return box;
    }

    private static Button button(String text, Feather icon, String id, Runnable action) {
        Button b = new Button(text, Icons.of(icon, 14));
        b.setId(id);
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The state in words; an error's reason when it failed. */
    static String state(FileTransfer f) {
        String s = t("file.state." + f.state().name().toLowerCase(Locale.ROOT));
        return f.state() == TransferState.FAILED && !f.error().isEmpty() ? s + ": " + f.error() : s;
    }

    /** A size for people: 512 B, 1.5 KB, 3.2 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
