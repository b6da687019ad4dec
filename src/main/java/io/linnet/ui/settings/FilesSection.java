package io.linnet.ui.settings;

import static io.linnet.ui.common.I18n.t;

import io.linnet.chat.store.FileTransfer;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Page;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** The "Files" section of the settings: the two sizes and the downloads list. */
final class FilesSection {
    private FilesSection() {
    }

    static void add(Page page, FilesViewModel vm) {
        TextField max = field("files-max", vm.maxMiBProperty());
        TextField auto = field("files-auto-accept", vm.autoAcceptMiBProperty());
        Button save = Forms.accent(t("settings.files.save"), "save-files");
        save.setOnAction(e -> vm.save());
        ListView<FileTransfer> downloads = new ListView<>(vm.recent());
        downloads.setId("downloads");
        downloads.setPrefHeight(180);
        downloads.setPlaceholder(Forms.note(t("settings.files.none")));
        downloads.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FileTransfer f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : (f.outgoing() ? "↑ " : "↓ ") + f.name() + " · " + size(f.size()) + " · "
                        + t("file.state." + f.state().name().toLowerCase(Locale.ROOT))
                        + (f.path() != null && !f.outgoing() ? " · " + f.path() : ""));
            }
        });
        Button refresh = Forms.plain(t("settings.files.refresh"), "refresh-downloads");
        refresh.setOnAction(e -> vm.load());
        page.section(t("settings.files"),
                Forms.labelled(t("settings.files.max"), max),
                Forms.labelled(t("settings.files.autoAccept"), auto), Forms.note(t("settings.files.autoAccept.text")),
                Forms.error(vm.busy().errorProperty(), "files-error"),
                Forms.buttons(save),
                Forms.heading(t("settings.files.downloads")), downloads, Forms.buttons(refresh));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static String size(long bytes) {
        return io.linnet.ui.common.MiB.format(bytes) + " MiB";
    }
}
