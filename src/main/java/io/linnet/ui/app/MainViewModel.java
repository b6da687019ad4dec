package io.linnet.ui.app;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.EngineEvents;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Identity;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ui.NetworkStatus;
import io.linnet.ui.Session;
import io.linnet.ui.chats.ChatItem;
import io.linnet.ui.chats.ChatListViewModel;
import io.linnet.ui.common.I18n;
import io.linnet.ui.common.UiEvents;
import io.linnet.ui.common.UiThreads;
import io.linnet.ui.conversation.ConversationViewModel;
import io.linnet.ui.settings.DesktopPreferences;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;

/**
 * The main window's state: who we are, the chat list, the open conversation, pending requests, presence
 * and the network line. Engine events arrive batched on the JavaFX thread and are handed on to the
 * models that care. Use on the JavaFX thread.
 */
public final class MainViewModel implements AutoCloseable {
    private final Session session;
    private final Messenger messenger;
    private final UiThreads threads;
    private final DesktopPreferences prefs;
    private final Clock clock;
    private final UiEvents events;
    private final EngineEvents.Subscription subscription;
    private final ObservableMap<Address, Boolean> presence = FXCollections.observableHashMap();
    private final ChatListViewModel chats;
    /** Unsent text per conversation, kept when another conversation opens. */
    private final Map<Address, String> drafts = new HashMap<>();
    private final ObjectProperty<ConversationViewModel> conversation = new SimpleObjectProperty<>();
    private final ObjectProperty<ChatItem> currentChat = new SimpleObjectProperty<>();
    private final StringProperty myName = new SimpleStringProperty("");
    private final ObjectProperty<Bytes> myAvatar = new SimpleObjectProperty<>(Bytes.EMPTY);
    private final IntegerProperty requests = new SimpleIntegerProperty();
    private final StringProperty networkLine = new SimpleStringProperty(I18n.t("status.starting"));
    private final BooleanProperty online = new SimpleBooleanProperty();

    public MainViewModel(Session session, UiThreads threads, DesktopPreferences prefs, Clock clock) {
        this.session = session;
        this.messenger = session.messenger();
        this.threads = threads;
        this.prefs = prefs;
        this.clock = clock;
        this.events = new UiEvents(threads.fx());
        this.chats = new ChatListViewModel(messenger, threads, presence);
        events.listen(this::onEvent);
        this.subscription = messenger.events().subscribe(events);
        chats.items().addListener((ListChangeListener<ChatItem>) c -> syncCurrentChat());
    }

    /** Reads everything the window shows first. */
    public void start() {
        chats.reload();
        loadProfile();
        countRequests();
        refreshNetwork();
    }

    private void loadProfile() {
        threads.read(messenger::profile, (Identity me) -> {
            myName.set(me.nickname().isEmpty() ? me.address().toString() : me.nickname());
            myAvatar.set(me.avatar());
        });
    }

    private void countRequests() {
        threads.read(() -> (int) messenger.contacts().stream().filter(c -> c.state() == ContactState.REQUEST_RECEIVED).count(),
                requests::set);
    }

    private void onEvent(EngineEvent e) {
        switch (e) {
            case EngineEvent.PresenceChanged p -> presence.put(p.contact(), p.online());
            case EngineEvent.ContactRequestReceived r -> countRequests();
            case EngineEvent.ContactChanged c -> countRequests();
            default -> { }
        }
        chats.onEvent(e);
        ConversationViewModel open = conversation.get();
        if (open != null) {
            open.onEvent(e);
        }
        if (e instanceof EngineEvent.GroupLeft l && open != null && open.conversation().equals(l.group())) {
            syncCurrentChat();
        }
    }

    /** Opens the conversation with {@code address} (a contact or a group); nothing happens if it is already open. */
    public void open(Address address, boolean group) {
        ConversationViewModel now = conversation.get();
        if (now != null && now.conversation().equals(address)) {
            return;
        }
        keepDraft(now);
        ConversationViewModel vm = new ConversationViewModel(messenger, threads, address, group, clock);
        vm.restoreDraft(drafts.getOrDefault(address, ""));
        currentChat.set(chats.find(address).orElse(new ChatItem(address, group, address.toString(), "", false, null, 0, false, false, Bytes.EMPTY)));
        vm.open(); // the page is read while the view is built
        conversation.set(vm);
        prefs.lastChat(address.toString());
    }

    /** Opens the conversation with {@code address}, finding out first whether it is a group. */
    public void open(Address address) {
        Optional<ChatItem> item = chats.find(address);
        if (item.isPresent()) {
            open(address, item.get().group());
        } else {
            threads.read(() -> messenger.groups().find(address).isPresent(), g -> open(address, g));
        }
    }

    /** What was typed and not sent in a conversation left stays for its next open (while the app runs). */
    private void keepDraft(ConversationViewModel left) {
        if (left != null) {
            String draft = left.draftProperty().get();
            if (draft == null || draft.isBlank()) {
                drafts.remove(left.conversation());
            } else {
                drafts.put(left.conversation(), draft);
            }
        }
    }

    /** Closes the open conversation. */
    public void closeConversation() {
        keepDraft(conversation.get());
        conversation.set(null);
        currentChat.set(null);
    }

    private void syncCurrentChat() {
        ConversationViewModel open = conversation.get();
        if (open != null) {
            chats.find(open.conversation()).ifPresent(currentChat::set);
        }
    }

    /** Reads the client's state (cheap) and updates the status line. */
    public void refreshNetwork() {
        NetworkStatus s = session.network();
        online.set(s.online());
        String relay = s.localRelay().isEmpty() ? "" : s.relayInThisApp()
                ? I18n.t("status.relayHere", s.localRelay()) : I18n.t("status.relayUsed", s.localRelay());
        networkLine.set((s.online() ? I18n.t("status.online") : I18n.t("status.connecting")) + (relay.isEmpty() ? "" : " · " + relay));
    }

    /** Re-reads our nickname and avatar (after settings changed them). */
    public void profileChanged() {
        loadProfile();
    }

    /** Listens to engine events too (panels that are open). */
    public Runnable listen(Consumer<? super EngineEvent> l) {
        return events.listen(l);
    }

    public Session session() {
        return session;
    }

    public Messenger messenger() {
        return messenger;
    }

    public UiThreads threads() {
        return threads;
    }

    public Clock clock() {
        return clock;
    }

    public DesktopPreferences prefs() {
        return prefs;
    }

    public ChatListViewModel chats() {
        return chats;
    }

    public ObservableMap<Address, Boolean> presence() {
        return presence;
    }

    public ObjectProperty<ConversationViewModel> conversationProperty() {
        return conversation;
    }

    public ObjectProperty<ChatItem> currentChatProperty() {
        return currentChat;
    }

    public StringProperty myNameProperty() {
        return myName;
    }

    public ObjectProperty<Bytes> myAvatarProperty() {
        return myAvatar;
    }

    /** Contact requests waiting for an answer. */
    public IntegerProperty requestsProperty() {
        return requests;
    }

    public StringProperty networkLineProperty() {
        return networkLine;
    }

    public BooleanProperty onlineProperty() {
        return online;
    }

    /** Stops listening to the engine. */
    @Override
    public void close() {
        subscription.close();
    }
}
