package io.linnet.ui.onboarding;

import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.wallet.WalletCodec;
import io.linnet.ui.ProfileGate;
import io.linnet.ui.Session;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.UiThreads;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First run: a nickname, an optional avatar and a password, and the promise that the user understood the warning. */
public final class CreateIdentityViewModel {
    private final ProfileGate gate;
    private final Busy busy;
    private final StringProperty nickname = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final ObjectProperty<Bytes> avatar = new SimpleObjectProperty<>(Bytes.EMPTY);
    private final BooleanProperty understood = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<PasswordStrength.Level> strength = new ReadOnlyObjectWrapper<>(PasswordStrength.Level.TOO_SHORT);
    private final BooleanBinding mismatch;
    private final BooleanBinding canCreate;

    public CreateIdentityViewModel(ProfileGate gate, UiThreads threads) {
        this.gate = gate;
        this.busy = new Busy(threads);
        password.addListener((o, a, b) -> strength.set(PasswordStrength.rate(b)));
        mismatch = Bindings.createBooleanBinding(() -> !confirm.get().isEmpty() && !confirm.get().equals(password.get()),
                password, confirm);
        canCreate = Bindings.createBooleanBinding(() -> !nickname.get().isBlank()
                && password.get().length() >= WalletCodec.MIN_PASSWORD_LENGTH
                && password.get().equals(confirm.get()) && understood.get() && !busy.isBusy(),
                nickname, password, confirm, understood, busy.busyProperty());
    }

    /** Creates the identity; {@code opened} gets the session on the JavaFX thread. */
    public void create(Consumer<Session> opened) {
        if (canCreate.get()) {
            busy.run(() -> gate.create(nickname.get().strip(), avatar.get(), password.get()), opened);
        }
    }

    public StringProperty nicknameProperty() {
        return nickname;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    public ObjectProperty<Bytes> avatarProperty() {
        return avatar;
    }

    public BooleanProperty understoodProperty() {
        return understood;
    }

    public Busy busy() {
        return busy;
    }

    public ReadOnlyObjectProperty<PasswordStrength.Level> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    /** The confirmation is filled in and differs. */
    public BooleanBinding mismatch() {
        return mismatch;
    }

    public BooleanBinding canCreate() {
        return canCreate;
    }
}
