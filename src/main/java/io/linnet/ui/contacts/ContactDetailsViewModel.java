package io.linnet.ui.contacts;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Contact;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.UiThreads;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One contact: our own name for it, and removing it. */
public final class ContactDetailsViewModel {
    private final Messenger messenger;
    private final ObjectProperty<Contact> contact = new SimpleObjectProperty<>();
    private final StringProperty nickname = new SimpleStringProperty("");
    private final Busy busy;

    public ContactDetailsViewModel(Messenger messenger, UiThreads threads, Contact initial) {
        this.messenger = messenger;
        this.busy = new Busy(threads);
        contact.set(initial);
        nickname.set(initial.localNickname());
    }

    public void saveNickname() {
        busy.run(() -> messenger.setLocalNickname(contact.get().address(), nickname.get().strip()), contact::set);
    }

    public void remove(Runnable done) {
        busy.run(() -> messenger.removeContact(contact.get().address()), c -> {
            contact.set(c);
            done.run();
        });
    }

    public void onEvent(EngineEvent e) {
        if (e instanceof EngineEvent.ContactChanged c && c.contact().address().equals(contact.get().address())) {
            contact.set(c.contact());
        }
    }

    public ObjectProperty<Contact> contactProperty() {
        return contact;
    }

    public StringProperty nicknameProperty() {
        return nickname;
    }

    public Busy busy() {
        return busy;
    }
}
