package io.linnet.ui.chats;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.ConversationKind;
import io.linnet.chat.store.ConversationSummary;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.SearchHit;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ui.common.I18n;
import io.linnet.ui.common.UiThreads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

/**
 * The chat list: every conversation with messages, plus approved contacts and groups that have none yet,
 * newest first; a filter over the titles; message search over the text. Engine events trigger a reload
 * of the list in the background (at most one running, one more queued), presence changes touch one line.
 * Use on the JavaFX thread.
 */
public final class ChatListViewModel {
    /** Messages found when the search text has at least this many characters. */
    static final int SEARCH_MIN = 2;
    private final Messenger messenger;
    private final UiThreads threads;
    private final ObservableList<ChatItem> items = FXCollections.observableArrayList();
    private final FilteredList<ChatItem> visible = new FilteredList<>(items, i -> true);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableMap<Address, Boolean> presence;
    private boolean loading;
    private boolean again;
    private long searchSeq;

    public ChatListViewModel(Messenger messenger, UiThreads threads, ObservableMap<Address, Boolean> presence) {
        this.messenger = messenger;
        this.threads = threads;
        this.presence = presence;
        query.addListener((o, a, b) -> applyQuery(b));
        presence.addListener((javafx.collections.MapChangeListener<Address, Boolean>) c -> {
            for (int i = 0; i < items.size(); i++) {
                ChatItem it = items.get(i);
                if (it.address().equals(c.getKey())) {
                    items.set(i, it.withOnline(Boolean.TRUE.equals(c.getValueAdded())));
                }
            }
        });
    }

    /** What an engine event means for the list. */
    public void onEvent(EngineEvent e) {
        switch (e) {
            case EngineEvent.TypingChanged t -> { }
            case EngineEvent.PresenceChanged p -> { }
            case EngineEvent.ReactionChanged r -> { }
            case EngineEvent.FileTransferProgress p -> { }
            default -> reload();
        }
    }

    /** Reads the list again in the background. */
    public void reload() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        threads.read(this::read, list -> {
            items.setAll(list);
            loading = false;
            if (again) {
                again = false;
                reload();
            }
        });
    }

    private List<ChatItem> read() {
        List<ChatItem> out = new ArrayList<>();
        Set<Address> seen = new HashSet<>();
        Map<Address, Contact> contacts = new HashMap<>();
        for (Contact c : messenger.contacts()) {
            contacts.put(c.address(), c);
        }
        for (ConversationSummary s : messenger.conversations()) {
            if (s.kind() == ConversationKind.ORPHANED) {
                continue;
            }
            seen.add(s.conversation());
            Contact c = contacts.get(s.conversation());
            if (c != null && c.state() != ContactState.APPROVED && c.state() != ContactState.REQUEST_SENT) {
                continue;
            }
            StoredMessage m = s.lastMessage();
            String title = s.title().isEmpty() ? (c != null ? c.displayName() : s.conversation().toString()) : s.title();
            out.add(new ChatItem(s.conversation(), s.kind() == ConversationKind.GROUP, title, preview(m),
                    m.direction() == Direction.OUTGOING, m.sentAt(), s.unreadCount(), s.muted(), online(s.conversation()),
                    c != null ? c.avatar() : Bytes.EMPTY));
        }
        for (Contact c : contacts.values()) {
            if (c.state() == ContactState.APPROVED && seen.add(c.address())) {
                out.add(new ChatItem(c.address(), false, c.displayName(), "", false, null, 0, false, online(c.address()), c.avatar()));
            }
        }
        for (Group g : messenger.groups().all()) {
            if (seen.add(g.address())) {
                out.add(new ChatItem(g.address(), true, g.name(), "", false, null, 0, g.muted(), false, g.avatar()));
            }
        }
        out.sort(Comparator.comparing((ChatItem i) -> i.time() == null ? Instant.EPOCH : i.time()).reversed()
                .thenComparing(ChatItem::title, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** The engine's judgement at the time of reading; {@code PresenceChanged} events update it in between. */
    private boolean online(Address a) {
        return messenger.isOnline(a);
    }

    /** The preview line of a message. */
    static String preview(StoredMessage m) {
        if (m.deleted()) {
            return I18n.t("message.deleted");
        }
        String body = m.body().strip().replace('\n', ' ');
        return body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }

    private void applyQuery(String q) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        visible.setPredicate(needle.isEmpty() ? i -> true : i -> i.title().toLowerCase(Locale.ROOT).contains(needle));
        long seq = ++searchSeq;
        if (needle.length() < SEARCH_MIN) {
            hits.clear();
            return;
        }
        threads.read(() -> messenger.search(needle, 50), found -> {
            if (seq == searchSeq) {
                hits.setAll(found);
            }
        });
    }

    /** The line for {@code a}, if the list has one. */
    public Optional<ChatItem> find(Address a) {
        return items.stream().filter(i -> i.address().equals(a)).findFirst();
    }

    /** Every line (for the quick switcher). */
    public ObservableList<ChatItem> items() {
        return items;
    }

    /** The lines the search text leaves. */
    public ObservableList<ChatItem> visible() {
        return visible;
    }

    /** Messages matching the search text. */
    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public StringProperty queryProperty() {
        return query;
    }
}
