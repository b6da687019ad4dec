package io.linnet.ui.groups;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.MemberStatus;
import io.linnet.ixian.address.Address;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.I18n;
import io.linnet.ui.common.MiB;
import io.linnet.ui.common.UiThreads;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * One group: its members (by nickname; by virtual address in a group whose participants are hidden),
 * muting and leaving; for the owner also renaming and adding and removing members, and in a group with
 * hidden participants the largest member's file the owner passes on.
 */
public final class GroupDetailsViewModel {
    /** A member line: how it is shown and whether it is us. */
    public record Member(GroupMember member, String name, boolean me) {}

    private final Messenger messenger;
    private final UiThreads threads;
    private final Address address;
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<Contact> addable = FXCollections.observableArrayList();
    private final ObservableSet<Address> toAdd = FXCollections.observableSet();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty left = new SimpleBooleanProperty();
    private final BooleanProperty relaysFiles = new SimpleBooleanProperty();
    private final StringProperty relayLimitMiB = new SimpleStringProperty("");
    private final StringProperty sizeCapMiB = new SimpleStringProperty("");
    private final Busy busy;
    private final Busy relayBusy;

    public GroupDetailsViewModel(Messenger messenger, UiThreads threads, Address address) {
        this.messenger = messenger;
        this.threads = threads;
        this.address = address;
        this.busy = new Busy(threads);
        this.relayBusy = new Busy(threads);
    }

    /** The owner's relay limit for files in a group with hidden participants; -1 where it does not apply. */
    private record Snapshot(Group group, List<Member> members, List<Contact> addable, boolean in, long relayLimit, long maxBytes) {}

    /** Reads the group, its members and the contacts that could join, in the background. */
    public void load() {
        threads.read(this::read, s -> {
            if (s.group() != null) {
                boolean first = group.get() == null;
                group.set(s.group());
                if (first) {
                    name.set(s.group().name());
                }
            }
            members.setAll(s.members());
            addable.setAll(s.addable());
            relaysFiles.set(s.relayLimit() >= 0);
            if (s.relayLimit() >= 0) {
                relayLimitMiB.set(MiB.format(s.relayLimit()));
                sizeCapMiB.set(MiB.format(s.maxBytes()));
            }
            left.set(!s.in());
            toAdd.retainAll(s.addable().stream().map(Contact::address).toList());
        });
    }

    private Snapshot read() {
        Group g = messenger.groups().find(address).orElse(null);
        Map<Address, Contact> contacts = new HashMap<>();
        for (Contact c : messenger.contacts()) {
            contacts.put(c.address(), c);
        }
        Address me = g == null ? messenger.address() : GroupSelf.ours(messenger, g);
        Set<Address> inGroup = new HashSet<>();
        List<Member> list = messenger.groups().members(address).stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE)
                .map(m -> {
                    inGroup.add(m.address());
                    if (m.realAddress() != null) {
                        inGroup.add(m.realAddress());
                    }
                    boolean self = me.equals(m.address()) || me.equals(m.realAddress());
                    Contact c = contacts.get(m.realAddress() != null ? m.realAddress() : m.address());
                    String n = !m.nickname().isEmpty() ? m.nickname() : c != null ? c.displayName() : "";
                    return new Member(m, n, self);
                }).toList();
        List<Contact> canJoin = contacts.values().stream()
                .filter(c -> c.state() == ContactState.APPROVED && !inGroup.contains(c.address())).toList();
        boolean relays = g != null && g.hideParticipants() && g.ownRole() == GroupRole.OWNER;
        return new Snapshot(g, list, canJoin, list.stream().anyMatch(Member::me),
                relays ? messenger.files().groupRelayLimit(address) : -1, relays ? messenger.files().settings().maxBytes() : -1);
    }

    public void onEvent(EngineEvent e) {
        switch (e) {
            case EngineEvent.GroupChanged g when g.group().address().equals(address) -> load();
            case EngineEvent.GroupLeft l when l.group().equals(address) -> left.set(true);
            default -> { }
        }
    }

    public boolean owner() {
        Group g = group.get();
        return g != null && g.ownRole() == GroupRole.OWNER;
    }

    public void rename() {
        busy.run(() -> messenger.groups().rename(address, name.get().strip()), group::set);
    }

    public void addSelected() {
        List<Address> list = List.copyOf(toAdd);
        if (!list.isEmpty()) {
            busy.run(() -> messenger.groups().addMembers(address, list), g -> {
                toAdd.clear();
                load();
            });
        }
    }

    public void remove(Member m) {
        busy.run(() -> messenger.groups().removeMember(address, m.member().address()), g -> load());
    }

    /** Saves the relay limit as typed (MiB), or says it is not a size. */
    public void saveRelayLimit() {
        long bytes;
        try {
            bytes = MiB.parse(relayLimitMiB.get());
        } catch (NumberFormatException e) {
            relayBusy.fail(I18n.t("group.files.notASize"));
            return;
        }
        relayBusy.run(() -> messenger.files().setGroupRelayLimit(address, bytes), b -> relayLimitMiB.set(MiB.format(b)));
    }

    public void setMuted(boolean muted) {
        busy.run(() -> messenger.groups().setMuted(address, muted), group::set);
    }

    public void leave(Runnable done) {
        busy.run(() -> messenger.groups().leave(address), v -> {
            left.set(true);
            done.run();
        });
    }

    public Address address() {
        return address;
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    public ObservableList<Member> members() {
        return members;
    }

    public ObservableList<Contact> addable() {
        return addable;
    }

    public ObservableSet<Address> toAdd() {
        return toAdd;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty leftProperty() {
        return left;
    }

    /** Whether this is our group with hidden participants, so that members' files pass through us. */
    public BooleanProperty relaysFilesProperty() {
        return relaysFiles;
    }

    /** The largest member's file we pass on in this group, in MiB as typed. */
    public StringProperty relayLimitMiBProperty() {
        return relayLimitMiB;
    }

    /** Our own size cap for any file, in MiB (it applies to relayed files too). */
    public StringProperty sizeCapMiBProperty() {
        return sizeCapMiB;
    }

    /** Saving the relay limit (its error shows next to the field). */
    public Busy relayBusy() {
        return relayBusy;
    }

    public Busy busy() {
        return busy;
    }
}
