package io.linnet.ui.settings;

import io.linnet.chat.api.FileSettings;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.FileTransfer;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.I18n;
import io.linnet.ui.common.MiB;
import io.linnet.ui.common.UiThreads;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files part of the settings: the largest file sent or accepted and the size up to which images are
 * accepted on their own (both in MiB, as the user types them), and the downloads list (the newest
 * transfers of all conversations). Use on the JavaFX thread; reads run in the background.
 */
public final class FilesViewModel {
    /** How many transfers the downloads list shows. */
    public static final int RECENT = 100;
    private final Messenger messenger;
    private final UiThreads threads;
    private final StringProperty maxMiB = new SimpleStringProperty("");
    private final StringProperty autoAcceptMiB = new SimpleStringProperty("");
    private final ObservableList<FileTransfer> recent = FXCollections.observableArrayList();
    private final Busy busy;

    public FilesViewModel(Messenger messenger, UiThreads threads) {
        this.messenger = messenger;
        this.threads = threads;
        this.busy = new Busy(threads);
    }

    /** Reads the settings and the downloads list. */
    public void load() {
        threads.read(messenger.files()::settings, this::show);
        threads.read(() -> messenger.files().recent(RECENT), recent::setAll);
    }

    private void show(FileSettings s) {
        maxMiB.set(MiB.format(s.maxBytes()));
        autoAcceptMiB.set(MiB.format(s.autoAcceptImagesUpTo()));
    }

    /** Saves both sizes, or says which one is not a size. */
    public void save() {
        long max;
        long auto;
        try {
            max = MiB.parse(maxMiB.get());
            auto = MiB.parse(autoAcceptMiB.get());
        } catch (NumberFormatException e) {
            busy.fail(I18n.t("settings.files.notASize"));
            return;
        }
        if (max < 1) {
            busy.fail(I18n.t("settings.files.notASize"));
            return;
        }
        FileSettings next = new FileSettings(max, auto);
        busy.run(() -> messenger.files().updateSettings(next), this::show);
    }

    public StringProperty maxMiBProperty() {
        return maxMiB;
    }

    public StringProperty autoAcceptMiBProperty() {
        return autoAcceptMiB;
    }

    /** The downloads list, newest first. */
    public ObservableList<FileTransfer> recent() {
        return recent;
    }

    public Busy busy() {
        return busy;
    }
}
