package io.linnet.ui.conversation;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ui.common.Busy;
import io.linnet.ui.common.UiThreads;
import io.linnet.ui.groups.GroupSelf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One open conversation: the newest page of messages at once and older pages on demand, kept current by
 * engine events; the composer's draft, reply and edit state; the actions on a message. Use on the JavaFX
 * thread; reads run in the background.
 */
public final class ConversationViewModel {
    /** Messages per page. */
    public static final int PAGE = 50;
    /**
     * Messages read when a conversation opens: a screenful and some. Showing the newest message makes the
     * list measure every row above it, so a shorter first page shows sooner; older pages are {@link #PAGE}.
     */
    public static final int FIRST_PAGE = 25;
    /**
     * The most messages held at once: scrolling further drops pages from the far end, and scrolling back
     * reads them again, so a long history costs no more memory than a short one.
     */
    public static final int KEPT = 6 * PAGE;
    private static final Duration TYPING_EVERY = Duration.ofSeconds(3);

    private final Messenger messenger;
    private final UiThreads threads;
    private final Address conversation;
    private final boolean group;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper peerTyping = new ReadOnlyBooleanWrapper();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty left = new SimpleBooleanProperty();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObjectProperty<MessageItem> replyTo = new SimpleObjectProperty<>();
    private final ObjectProperty<MessageItem> editing = new SimpleObjectProperty<>();
    private final Busy busy;
    private volatile MessageItems items;
    /** The keys of the messages in {@link #rows}, for the duplicate check on every event. */
    private final java.util.Set<MessageKey> shown = new java.util.HashSet<>();
    private final java.util.LinkedHashMap<MessageKey, StoredMessage> pendingAdds = new java.util.LinkedHashMap<>();
    private final java.util.LinkedHashSet<MessageKey> pendingChanges = new java.util.LinkedHashSet<>();
    private boolean flushing;
    private Instant lastTypingSent = Instant.EPOCH;
    private boolean unreadSeen;
    /** Set while a kept draft is put back: that is not typing. */
    private boolean restoring;

    public ConversationViewModel(Messenger messenger, UiThreads threads, Address conversation, boolean group, Clock clock) {
        this.messenger = messenger;
        this.threads = threads;
        this.conversation = conversation;
        this.group = group;
        this.clock = clock;
        this.busy = new Busy(threads);
        draft.addListener((o, a, b) -> {
            if (b != null && !b.isBlank() && editing.get() == null && !restoring) {
                typing();
            }
        });
        active.addListener((o, a, b) -> {
            if (b && unreadSeen) {
                markRead();
            }
        });
    }

    private MessageItems items() {
        MessageItems i = items;
        if (i == null) {
            i = new MessageItems(messenger, conversation, group);
            items = i;
        }
        return i;
    }

    /** Loads the newest page (and marks the conversation read when it is on screen). */
    public void open() {
        loading.set(true);
        threads.read(() -> items().items(messenger.history(conversation, FIRST_PAGE)), page -> {
            // messages an event added while the page was being read, and which the page missed, stay
            java.util.Set<MessageKey> inPage = new java.util.HashSet<>();
            page.forEach(i -> inPage.add(i.message().key()));
            List<MessageItem> all = new ArrayList<>(page);
            if (!hasNewer.get()) {
                rows.stream().filter(r -> r instanceof MessageItem m && !inPage.contains(m.message().key()))
                        .forEach(r -> all.add((MessageItem) r));
            }
            shown.clear();
            all.forEach(i -> shown.add(i.message().key()));
            hasNewer.set(false);
            rows.setAll(withDays(all, null));
            hasOlder.set(page.size() == FIRST_PAGE);
            loading.set(false);
            unreadSeen = page.stream().anyMatch(i -> i.message().direction() == Direction.INCOMING);
            if (active.get()) {
                markRead();
            }
        });
        if (group) {
            threads.read(() -> GroupSelf.active(messenger, conversation), in -> left.set(!in));
        }
    }

    /** Goes back to the newest messages when the list holds older ones only (after scrolling far up). */
    public void showNewest() {
        if (hasNewer.get() && !loading.get()) {
            open();
        }
    }

    /** A page read in the background: its items, and its rows with their day separators. */
    private record Page(List<MessageItem> items, List<Row> rows) {}

    private Page page(List<StoredMessage> messages) {
        List<MessageItem> page = items().items(messages);
        return new Page(page, withDays(page, null));
    }

    /**
     * Loads the page before the oldest message shown, if there is one and no load is running. When more
     * than {@link #KEPT} messages would be held, the newest ones are dropped ({@link #hasNewerProperty()}).
     */
    public void loadOlder() {
        if (loading.get() || !hasOlder.get()) {
            return;
        }
        MessageItem first = firstMessage();
        if (first == null) {
            return;
        }
        loading.set(true);
        threads.read(() -> page(messenger.olderHistory(conversation, first.message().cursor(), PAGE)), page -> {
            if (!page.items().isEmpty()) {
                dropNewest(KEPT - page.items().size());
                // the separator above the oldest shown message moves up when the older page ends on its day
                if (rows.getFirst() instanceof Row.Day d && d.day().equals(day(page.items().getLast()))) {
                    rows.removeFirst();
                }
                page.items().forEach(i -> shown.add(i.message().key()));
                rows.addAll(0, page.rows());
            }
            hasOlder.set(page.items().size() == PAGE);
            loading.set(false);
        });
    }

    /**
     * Loads the page after the newest message shown, when newer ones were dropped; the oldest shown are
     * dropped in turn so that at most {@link #KEPT} messages are held.
     */
    public void loadNewer() {
        if (loading.get() || !hasNewer.get()) {
            return;
        }
        MessageItem last = lastMessage();
        if (last == null) {
            return;
        }
        loading.set(true);
        LocalDate lastDay = day(last);
        threads.read(() -> items().items(messenger.newerHistory(conversation, last.message().cursor(), PAGE)), page -> {
            if (!page.isEmpty()) {
                List<MessageItem> fresh = page.stream().filter(i -> shown.add(i.message().key())).toList();
                rows.addAll(withDays(fresh, lastDay));
                dropOldest(KEPT);
            }
            hasNewer.set(page.size() == PAGE);
            loading.set(false);
        });
    }

    /** Keeps the oldest {@code keep} messages shown, dropping the newer ones (and separators left alone). */
    private void dropNewest(int keep) {
        int messages = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof MessageItem && ++messages > keep) {
                int cut = rows.get(i - 1) instanceof Row.Day ? i - 1 : i;
                List<Row> dropped = rows.subList(cut, rows.size());
                dropped.forEach(this::forget);
                dropped.clear();
                hasNewer.set(true);
                return;
            }
        }
    }

    /** Keeps the newest {@code keep} messages shown, dropping the older ones; the first kept gets its day's separator. */
    private void dropOldest(int keep) {
        int messages = 0;
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i) instanceof MessageItem m && ++messages > keep) {
                int cut = i + 1;
                if (rows.get(cut) instanceof MessageItem next) {
                    // the first kept message is not the first of its day: its separator takes m's place
                    forget(m);
                    rows.set(i, new Row.Day(day(next)));
                    cut = i;
                }
                List<Row> dropped = rows.subList(0, cut);
                dropped.forEach(this::forget);
                dropped.clear();
                hasOlder.set(true);
                return;
            }
        }
    }

    private void forget(Row r) {
        if (r instanceof MessageItem m) {
            shown.remove(m.message().key());
        }
    }

    private MessageItem firstMessage() {
        for (Row r : rows) {
            if (r instanceof MessageItem m) {
                return m;
            }
        }
        return null;
    }

    private MessageItem lastMessage() {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i) instanceof MessageItem m) {
                return m;
            }
        }
        return null;
    }

    private List<Row> withDays(List<MessageItem> page, LocalDate previousDay) {
        List<Row> out = new ArrayList<>(page.size() + 4);
        LocalDate last = previousDay;
        for (MessageItem m : page) {
            LocalDate d = day(m);
            if (!d.equals(last)) {
                out.add(new Row.Day(d));
                last = d;
            }
            out.add(m);
        }
        return out;
    }

    private LocalDate day(MessageItem m) {
        return m.message().sentAt().atZone(clock.getZone()).toLocalDate();
    }

    /** Sends the draft: as an edit while editing, as a reply while replying, else as a new message. */
    public void send() {
        String text = draft.get() == null ? "" : draft.get().strip();
        if (text.isEmpty() || left.get()) {
            return;
        }
        MessageItem edit = editing.get();
        MessageItem reply = replyTo.get();
        CompletionStage<?> stage;
        if (edit != null) {
            stage = messenger.edit(edit.message().key(), text);
        } else if (reply != null) {
            stage = messenger.reply(conversation, reply.message().key().messageId(), text);
        } else {
            stage = messenger.sendText(conversation, text);
        }
        draft.set("");
        editing.set(null);
        replyTo.set(null);
        showNewest();
        busy.run(() -> stage, v -> { });
    }

    /** Puts back text left unsent in this conversation earlier (the peer is not told we are typing). */
    public void restoreDraft(String text) {
        restoring = true;
        try {
            draft.set(text);
        } finally {
            restoring = false;
        }
    }

    public void startReply(MessageItem m) {
        editing.set(null);
        replyTo.set(m);
    }

    public void startEdit(MessageItem m) {
        if (!m.outgoing() || m.message().deleted()) {
            return;
        }
        replyTo.set(null);
        editing.set(m);
        draft.set(m.message().body());
    }

    /** Leaves reply or edit mode (Esc); whether there was one to leave. */
    public boolean cancelCompose() {
        boolean was = replyTo.get() != null || editing.get() != null;
        if (editing.get() != null) {
            draft.set("");
        }
        replyTo.set(null);
        editing.set(null);
        return was;
    }

    /** Sets our reaction, or removes it when {@code emoji} is the one we already gave. */
    public void react(MessageItem m, String emoji) {
        String next = emoji.equals(m.myReaction()) ? "" : emoji;
        busy.run(() -> messenger.react(m.message().key(), next), v -> { });
    }

    public void delete(MessageItem m) {
        busy.run(() -> messenger.deleteForEveryone(m.message().key()), v -> { });
    }

    public void retry(MessageItem m) {
        busy.run(() -> messenger.retry(m.message().key()), v -> { });
    }

    /** Sends each file (the attach button, a drop, a paste); the engine copies them in the background. */
    public void attach(List<Path> files) {
        if (left.get()) {
            return;
        }
        if (files.isEmpty()) {
            return;
        }
        busy.run(() -> java.util.concurrent.CompletableFuture.allOf(files.stream()
                .map(f -> messenger.files().send(conversation, f).toCompletableFuture())
                .toArray(java.util.concurrent.CompletableFuture[]::new)), v -> { });
    }

    /**
     * Sends a picture that has no file behind it (pasted or dropped): it is saved as a PNG in the
     * downloads folder's "Pasted" folder (the sender's copy, kept so it can be opened later), then sent.
     */
    public void attachImage(javafx.scene.image.Image image) {
        if (left.get()) {
            return;
        }
        PastedImage pixels;
        try {
            pixels = PastedImage.of(image);
        } catch (IllegalArgumentException | ArithmeticException e) {
            busy.fail(io.linnet.ui.common.I18n.t("conversation.paste.unreadable"));
            return;
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        busy.run(() -> java.util.concurrent.CompletableFuture
                .supplyAsync(() -> pixels.writePng(pastedFolder(), now), threads.background())
                .thenCompose(file -> messenger.files().send(conversation, file)), v -> { });
    }

    private Path pastedFolder() {
        return messenger.files().downloadsFolder()
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "linnet"))
                .resolve("Pasted");
    }

    /** Accepts an offered file (or retries a failed one). */
    public void accept(MessageItem m) {
        if (m.file() != null) {
            busy.run(() -> messenger.files().accept(m.file().id()), v -> { });
        }
    }

    /** Stops a file transfer either way. */
    public void cancelFile(MessageItem m) {
        if (m.file() != null) {
            busy.run(() -> messenger.files().cancel(m.file().id()), v -> { });
        }
    }

    /** Copies a received (or sent) file to {@code target}, in the background. */
    public void saveAs(MessageItem m, Path target) {
        Path source = m.file() == null ? null : m.file().path();
        if (source == null) {
            return;
        }
        busy.run(() -> threads.run(() -> {
            try {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), v -> { });
    }

    /** Opens a file with the system's application for it, in the background. */
    public void open(MessageItem m) {
        Path file = m.file() == null ? null : m.file().path();
        if (file != null) {
            busy.run(() -> threads.run(() -> FileOpener.open(file)), v -> { });
        }
    }

    private void typing() {
        Instant now = clock.instant();
        if (Duration.between(lastTypingSent, now).compareTo(TYPING_EVERY) >= 0) {
            lastTypingSent = now;
            messenger.typing(conversation);
        }
    }

    private void markRead() {
        unreadSeen = false;
        messenger.markRead(conversation);
    }

    /** What an engine event changes in this conversation. */
    public void onEvent(EngineEvent e) {
        switch (e) {
            case EngineEvent.MessageAdded a when a.message().key().conversation().equals(conversation) -> added(a.message());
            case EngineEvent.MessageStateChanged s when s.key().conversation().equals(conversation) -> refresh(s.key());
            case EngineEvent.MessageEdited s when s.key().conversation().equals(conversation) -> refresh(s.key());
            case EngineEvent.MessageDeleted s when s.key().conversation().equals(conversation) -> refresh(s.key());
            case EngineEvent.ReactionChanged s when s.key().conversation().equals(conversation) -> refresh(s.key());
            case EngineEvent.TypingChanged t when t.contact().equals(conversation) -> peerTyping.set(t.typing());
            case EngineEvent.GroupChanged g when g.group().address().equals(conversation) -> names();
            case EngineEvent.ContactChanged c -> names();
            case EngineEvent.GroupLeft l when l.group().equals(conversation) -> left.set(true);
            case EngineEvent.FileTransferChanged f when f.transfer().message().conversation().equals(conversation) ->
                    refresh(f.transfer().message());
            case EngineEvent.FileTransferProgress f when f.message().conversation().equals(conversation) -> refresh(f.message());
            default -> { }
        }
    }

    private void names() {
        threads.read(() -> {
            items().refreshNames();
            return true;
        }, v -> { });
    }

    private void added(StoredMessage m) {
        if (shown.contains(m.key())) {
            return;
        }
        if (m.direction() == Direction.INCOMING) {
            peerTyping.set(false);
            unreadSeen = true;
        }
        pendingAdds.put(m.key(), m);
        flush();
    }

    private void refresh(MessageKey key) {
        pendingChanges.add(key);
        flush();
    }

    private record Update(List<MessageItem> added, List<MessageItem> changed) {}

    /**
     * Reads what events announced, all of it in one background task, and applies it in one go; what
     * arrives meanwhile waits for the next task. A burst of a thousand receipts is a few reads, not a
     * thousand.
     */
    private void flush() {
        if (flushing || (pendingAdds.isEmpty() && pendingChanges.isEmpty())) {
            return;
        }
        flushing = true;
        List<StoredMessage> adds = List.copyOf(pendingAdds.values());
        List<MessageKey> changes = List.copyOf(pendingChanges);
        pendingAdds.clear();
        pendingChanges.clear();
        threads.read(() -> new Update(items().items(adds),
                changes.stream().map(messenger::message).flatMap(java.util.Optional::stream).map(items()::item).toList()), u -> {
            flushing = false;
            append(u.added());
            for (MessageItem it : u.changed()) {
                int i = indexOf(it.message().key());
                if (i >= 0) {
                    rows.set(i, it);
                }
                if (editing.get() != null && editing.get().message().key().equals(it.message().key()) && it.message().deleted()) {
                    cancelCompose();
                }
            }
            if (active.get() && unreadSeen) {
                markRead();
            }
            flush();
        });
    }

    private void append(List<MessageItem> added) {
        if (hasNewer.get()) {
            return; // the newest messages are not held now; they are read again on scrolling down
        }
        List<MessageItem> fresh = added.stream().filter(i -> shown.add(i.message().key())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        MessageItem last = lastMessage();
        rows.addAll(withDays(fresh, last == null ? null : day(last)));
    }

    /** Where the message with {@code key} is in {@link #rows()}, or -1. Searches from the newest end. */
    public int indexOf(MessageKey key) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i) instanceof MessageItem m && m.message().key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public Address conversation() {
        return conversation;
    }

    public boolean group() {
        return group;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }

    /** Newer messages than the newest shown exist but were dropped (the list was scrolled far up). */
    public ReadOnlyBooleanProperty hasNewerProperty() {
        return hasNewer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty peerTypingProperty() {
        return peerTyping.getReadOnlyProperty();
    }

    /** Set by the view: the conversation is on screen and the window has the focus (incoming gets marked read). */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** We are no longer in this group: the composer is off. */
    public BooleanProperty leftProperty() {
        return left;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ObjectProperty<MessageItem> replyToProperty() {
        return replyTo;
    }

    public ObjectProperty<MessageItem> editingProperty() {
        return editing;
    }

    public Busy busy() {
        return busy;
    }
}
