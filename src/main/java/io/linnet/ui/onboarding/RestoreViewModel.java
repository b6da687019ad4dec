package io.linnet.ui.onboarding;

import io.linnet.ui.ProfileGate;
import io.linnet.ui.Session;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.UiThreads;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First run, the other way: a backup file and its password bring an identity back. */
public final class RestoreViewModel {
    private final ProfileGate gate;
    private final Busy busy;
    private final ObjectProperty<Path> backup = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanBinding canRestore;

    public RestoreViewModel(ProfileGate gate, UiThreads threads) {
        this.gate = gate;
        this.busy = new Busy(threads);
        canRestore = Bindings.createBooleanBinding(() -> backup.get() != null && !password.get().isEmpty() && !busy.isBusy(),
                backup, password, busy.busyProperty());
    }

    public void restore(Consumer<Session> opened) {
        if (canRestore.get()) {
            busy.run(() -> gate.restore(backup.get(), password.get()), opened);
        }
    }

    public ObjectProperty<Path> backupProperty() {
        return backup;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public Busy busy() {
        return busy;
    }

    public BooleanBinding canRestore() {
        return canRestore;
    }
}
