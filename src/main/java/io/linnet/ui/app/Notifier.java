package io.linnet.ui.app;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ui.common.I18n;
import io.linnet.ui.common.UiThreads;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Desktop notifications for new messages: only incoming ones, only when notifications are on, never for a
 * muted chat, and not for the chat the user is looking at in a focused window. Who it is from and whether
 * the chat is muted are read in the background.
 */
final class Notifier implements Consumer<EngineEvent> {
    private final Messenger messenger;
    private final UiThreads threads;
    private final NotificationSink sink;
    private final BooleanSupplier enabled;
    private final Predicate<Address> onScreen;
    private final Consumer<Address> open;

    Notifier(Messenger messenger, UiThreads threads, NotificationSink sink, BooleanSupplier enabled, Predicate<Address> onScreen,
            Consumer<Address> open) {
        this.messenger = messenger;
        this.threads = threads;
        this.sink = sink;
        this.enabled = enabled;
        this.onScreen = onScreen;
        this.open = open;
    }

    private record Note(String title, String text, boolean muted) {}

    @Override
    public void accept(EngineEvent e) {
        if (!(e instanceof EngineEvent.MessageAdded a) || a.message().direction() != Direction.INCOMING || !enabled.getAsBoolean()) {
            return;
        }
        StoredMessage m = a.message();
        Address conversation = m.key().conversation();
        if (onScreen.test(conversation)) {
            return;
        }
        threads.read(() -> note(m), n -> {
            if (!n.muted() && enabled.getAsBoolean()) {
                sink.show(n.title(), n.text(), () -> open.accept(conversation));
            }
        });
    }

    private Note note(StoredMessage m) {
        Address c = m.key().conversation();
        Optional<Group> g = messenger.groups().find(c);
        String from = messenger.contacts().stream().filter(x -> x.address().equals(g.isPresent() ? m.author() : c))
                .map(Contact::displayName).findFirst().orElse(I18n.t("notify.someone"));
        String body = m.body().length() > 200 ? m.body().substring(0, 200) + "…" : m.body();
        if (g.isPresent()) {
            return new Note(g.get().name(), from + ": " + body, g.get().muted());
        }
        return new Note(from, body, false);
    }
}
