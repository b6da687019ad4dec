package io.linnet.ui.groups;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Group;
import io.linnet.ixian.address.Address;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.UiThreads;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/** A new group: name, members picked from the contacts, extra channels, and whether members are hidden from each other. */
public final class NewGroupViewModel {
    private final Messenger messenger;
    private final UiThreads threads;
    private final ObservableList<Contact> candidates = FXCollections.observableArrayList();
    private final ObservableSet<Address> selected = FXCollections.observableSet();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty channels = new SimpleStringProperty("");
    private final BooleanProperty hideParticipants = new SimpleBooleanProperty();
    private final Busy busy;
    private final BooleanBinding canCreate;

    public NewGroupViewModel(Messenger messenger, UiThreads threads) {
        this.messenger = messenger;
        this.threads = threads;
        this.busy = new Busy(threads);
        canCreate = Bindings.createBooleanBinding(() -> !name.get().isBlank() && !selected.isEmpty() && !busy.isBusy(),
                name, selected, busy.busyProperty());
    }

    /** Reads the approved contacts (the ones a group can invite) in the background. */
    public void load() {
        threads.read(() -> messenger.contacts().stream().filter(c -> c.state() == ContactState.APPROVED).toList(), candidates::setAll);
    }

    /** The channel names typed in, comma separated, blanks dropped. */
    List<String> channelNames() {
        return Arrays.stream(channels.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public void create(Consumer<Group> created) {
        if (canCreate.get()) {
            List<Address> members = List.copyOf(selected);
            busy.run(() -> messenger.groups().create(name.get().strip(), members, hideParticipants.get(), channelNames()), created);
        }
    }

    public ObservableList<Contact> candidates() {
        return candidates;
    }

    public ObservableSet<Address> selected() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty channelsProperty() {
        return channels;
    }

    public BooleanProperty hideParticipantsProperty() {
        return hideParticipants;
    }

    public BooleanBinding canCreate() {
        return canCreate;
    }

    public Busy busy() {
        return busy;
    }
}
