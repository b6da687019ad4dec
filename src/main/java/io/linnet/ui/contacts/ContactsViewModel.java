package io.linnet.ui.contacts;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.ixian.address.Address;
import io.linnet.ui.common.AddressInput;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.I18n;
import io.linnet.ui.common.QrCodes;
import io.linnet.ui.common.UiThreads;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * Contacts: our own address to hand out, adding someone by address (checked as it is typed) or from a
 * picture of a QR code, the requests waiting for an answer, and everyone already added. Use on the JavaFX
 * thread.
 */
public final class ContactsViewModel {
    private final Messenger messenger;
    private final UiThreads threads;
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<Contact> requests = FXCollections.observableArrayList();
    private final StringProperty addressText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final Busy busy;

    public ContactsViewModel(Messenger messenger, UiThreads threads) {
        this.messenger = messenger;
        this.threads = threads;
        this.busy = new Busy(threads);
        addressText.addListener((o, a, b) -> check(b));
    }

    private void check(String text) {
        info.set("");
        switch (AddressInput.check(text)) {
            case AddressInput.Result.Empty e -> {
                valid.set(false);
                hint.set("");
            }
            case AddressInput.Result.Invalid i -> {
                valid.set(false);
                hint.set(i.reason());
            }
            case AddressInput.Result.Valid v -> {
                boolean self = v.address().equals(messenger.address());
                valid.set(!self);
                hint.set(self ? I18n.t("contacts.add.self") : I18n.t("contacts.add.valid"));
            }
        }
    }

    /** Reads the contacts again in the background. */
    public void reload() {
        threads.read(messenger::contacts, all -> {
            replace(contacts, all.stream().filter(c -> c.state() == ContactState.APPROVED || c.state() == ContactState.REQUEST_SENT).toList());
            replace(requests, all.stream().filter(c -> c.state() == ContactState.REQUEST_RECEIVED).toList());
        });
    }

    /** Replaces the list's content only when it differs, so the rows are not rebuilt for nothing. */
    private static void replace(ObservableList<Contact> list, java.util.List<Contact> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    public void onEvent(EngineEvent e) {
        if (e instanceof EngineEvent.ContactChanged || e instanceof EngineEvent.ContactRequestReceived) {
            reload();
        }
    }

    /** Sends a contact request to the address typed in. */
    public void add() {
        Optional<Address> a = AddressInput.parse(addressText.get());
        if (a.isEmpty() || !valid.get()) {
            return;
        }
        busy.run(() -> messenger.addContact(a.get()), c -> {
            addressText.set("");
            info.set(I18n.t("contacts.add.sent", c.displayName()));
            reload();
        });
    }

    public void accept(Contact c) {
        busy.run(() -> messenger.acceptContact(c.address()), x -> reload());
    }

    public void decline(Contact c) {
        busy.run(() -> messenger.declineContact(c.address()), x -> reload());
    }

    /** Reads a QR code from a picture file and puts its address into the field. */
    public void readQr(Path picture) {
        busy.clearError();
        threads.read(() -> QrCodes.decode(new Image(picture.toUri().toString(), false)), text -> {
            if (text.isEmpty()) {
                busy.fail(I18n.t("contacts.qr.none"));
            } else {
                addressText.set(text.get());
            }
        });
    }

    public Address me() {
        return messenger.address();
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public ObservableList<Contact> requests() {
        return requests;
    }

    public StringProperty addressTextProperty() {
        return addressText;
    }

    /** What the field holds: "valid", or why not. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** A confirmation after a request went out. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public Busy busy() {
        return busy;
    }
}
