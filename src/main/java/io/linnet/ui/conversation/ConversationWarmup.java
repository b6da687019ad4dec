package io.linnet.ui.conversation;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ui.common.UiThreads;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the first conversation opened as quick to show as any later one. The first open in a JVM would
 * otherwise load the list's, cells' and composer's classes and resolve their styles while the user waits
 * (about a second here, against tens of milliseconds for a later open). Once the main window is up, the
 * classes are loaded and a page is read the way a conversation reads it (of the conversation with
 * ourselves, usually empty) in the background, then a conversation view with a few sample rows is built
 * and laid out once, off screen, with the window's style sheets, and dropped. Nothing is written.
 */
public final class ConversationWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationWarmup.class);
    /** Classes the conversation view needs beyond those the main window has loaded already. */
    private static final List<String> CLASSES = List.of(
            "io.linnet.ui.conversation.ConversationView", "io.linnet.ui.conversation.MessageCell",
            "io.linnet.ui.conversation.MessageItems", "io.linnet.ui.conversation.FileBox",
            "io.linnet.ui.conversation.FileDrops", "io.linnet.ui.conversation.Emoji",
            "javafx.scene.control.skin.ListViewSkin", "javafx.scene.control.skin.VirtualFlow",
            "javafx.scene.control.skin.ListCellSkin", "javafx.scene.control.skin.TextAreaSkin",
            "javafx.scene.control.skin.HyperlinkSkin", "javafx.scene.control.skin.ScrollBarSkin",
            "javafx.scene.control.skin.ContextMenuSkin", "javafx.scene.control.ContextMenu",
            "javafx.scene.control.Tooltip", "javafx.scene.control.Hyperlink", "javafx.scene.control.TextArea");

    /** How long each part took: loading classes and reading in the background, building and laying out on the JavaFX thread. */
    public record Took(long classNanos, long viewNanos) {}

    private ConversationWarmup() {}

    /**
     * Warms up in the background, then on the JavaFX thread; call on the JavaFX thread once {@code window}
     * shows the main window.
     */
    public static CompletionStage<Took> run(Scene window, Messenger messenger, UiThreads threads, Clock clock) {
        CompletableFuture<Took> done = new CompletableFuture<>();
        threads.read(() -> loadClasses(messenger), classNanos -> {
            long t = System.nanoTime();
            try {
                layOut(window, messenger, threads, clock);
            } catch (RuntimeException e) {
                LOG.debug("conversation warm-up failed", e); // only a first open gets slower
            }
            Took took = new Took(classNanos, System.nanoTime() - t);
            LOG.debug("conversation warm-up: classes {} ms, view {} ms", took.classNanos() / 1_000_000, took.viewNanos() / 1_000_000);
            done.complete(took);
        });
        return done;
    }

    private static long loadClasses(Messenger messenger) {
        long t = System.nanoTime();
        new MessageItems(messenger, messenger.address(), false).items(messenger.history(messenger.address(), 1));
        ClassLoader loader = ConversationWarmup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.debug("warm-up: no class {}", name);
            }
        }
        return System.nanoTime() - t;
    }

    private static void layOut(Scene window, Messenger messenger, UiThreads threads, Clock clock) {
        Address self = messenger.address();
        ConversationViewModel vm = new ConversationViewModel(messenger, threads, self, false, clock);
        Instant now = clock.instant();
        vm.rows().setAll(List.of(new Row.Day(now.atZone(clock.getZone()).toLocalDate()),
                new MessageItem(sample(self, 1, Direction.INCOMING, MessageState.READ, now, null), List.of(), "", "", "quote"),
                new MessageItem(sample(self, 2, Direction.OUTGOING, MessageState.FAILED, now, now),
                        List.of(new MessageItem.Reactions("👍", 2, true)), "", "", "")));
        ConversationView view = new ConversationView(vm, new SimpleObjectProperty<>(), clock, () -> { });
        Scene offScreen = new Scene(view, Math.max(400, window.getWidth()), Math.max(300, window.getHeight()));
        offScreen.getStylesheets().setAll(window.getStylesheets());
        if (window.getRoot() != null) {
            view.getStyleClass().addAll(window.getRoot().getStyleClass().filtered(c -> c.equals("dark")));
        }
        for (int i = 0; i < 2; i++) {
            view.applyCss();
            view.layout();
        }
    }

    private static StoredMessage sample(Address self, int n, Direction d, MessageState s, Instant at, Instant edited) {
        return new StoredMessage(-n, new MessageKey(self, Bytes.of(new byte[] {(byte) n})), 0, d, null, s, at, at, edited, null,
                Bytes.EMPTY, "sample " + n);
    }
}
