package io.linnet.ui.onboarding;

import io.linnet.ui.ProfileGate;
import io.linnet.ui.Session;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.UiThreads;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Later starts: the password opens the profile. */
public final class UnlockViewModel {
    private final ProfileGate gate;
    private final Busy busy;
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanBinding canUnlock;

    public UnlockViewModel(ProfileGate gate, UiThreads threads) {
        this.gate = gate;
        this.busy = new Busy(threads);
        canUnlock = Bindings.createBooleanBinding(() -> !password.get().isEmpty() && !busy.isBusy(), password, busy.busyProperty());
    }

    public void unlock(Consumer<Session> opened) {
        if (canUnlock.get()) {
            busy.run(() -> gate.unlock(password.get()), s -> {
                password.set("");
                opened.accept(s);
            });
        }
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public Busy busy() {
        return busy;
    }

    public BooleanBinding canUnlock() {
        return canUnlock;
    }
}
