package io.linnet.ui.conversation;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.ConversationKind;
import io.linnet.chat.store.ConversationSummary;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the first conversation opened as quick to show as any later one. The first open in a JVM would
 * otherwise load the list's, cells' and composer's classes and resolve their styles while the user waits
 * (about a second here, against tens of milliseconds for a later open). Once the main window is up, the
 * classes are loaded and a page is read the way a conversation reads it (of the chat at the top of the
 * list) in the background, then the window's conversation view, made now and still
 * hidden, opens a sample conversation and is drawn once off screen; the first conversation opened then
 * only fills it. Nothing is written.
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

    /**
     * How long each part took: loading classes and reading in the background; building, laying out and
     * drawing on the JavaFX thread, in all and its longest task.
     */
    public record Took(long classNanos, long viewNanos, long longestStepNanos) {}

    private ConversationWarmup() {}

    /**
     * Warms up in the background, then warms {@code view} (the window's conversation view, hidden until a
     * conversation opens) on the JavaFX thread, unless a conversation was opened in it meanwhile; call on the
     * JavaFX thread once the main window shows.
     */
    public static CompletionStage<Took> run(ConversationView view, Messenger messenger, UiThreads threads, Clock clock) {
        CompletableFuture<Took> done = new CompletableFuture<>();
        threads.read(() -> loadClasses(messenger), classNanos -> {
            if (view.model() != null) {
                done.complete(new Took(classNanos, 0, 0));
                return;
            }
            ConversationViewModel sample = new ConversationViewModel(messenger, threads, messenger.address(), false, clock);
            new SampleOpen(view, sample, List.of(() -> {
                view.show(sample);
                layOut(view);
            }, () -> {
                sample.rows().setAll(sampleRows(messenger.address(), clock));
                layOut(view);
            }, () -> {
                if (!view.isVisible()) {
                    view.setVisible(true); // within this task: never on screen
                    view.snapshot(null, null);
                    view.setVisible(false);
                }
            }), threads, classNanos, done).next();
        });
        return done;
    }

    /**
     * Runs its steps one JavaFX task each (the window answers between them), as long as the view still
     * shows the sample: they open a sample conversation in the hidden view the way an open goes (the view
     * shows the model, its page comes in, the list makes, styles, measures and lays out its cells), then
     * render the view once into an image, so that the first real open finds the cells made and the drawing
     * caches filled. Opening the sample more than once was measured: it made the first open slower (the
     * JIT compiling during it).
     */
    private static final class SampleOpen {
        private final ConversationView view;
        private final ConversationViewModel sample;
        private final List<Runnable> steps;
        private final UiThreads threads;
        private final long classNanos;
        private final CompletableFuture<Took> done;
        private int next;
        private long total;
        private long longest;

        SampleOpen(ConversationView view, ConversationViewModel sample, List<Runnable> steps, UiThreads threads, long classNanos,
                CompletableFuture<Took> done) {
            this.view = view;
            this.sample = sample;
            this.steps = steps;
            this.threads = threads;
            this.classNanos = classNanos;
            this.done = done;
        }

        void next() {
            if (next == steps.size() || (view.model() != null && view.model() != sample)) {
                finish();
                return;
            }
            long t = System.nanoTime();
            try {
                steps.get(next++).run();
            } catch (RuntimeException e) {
                LOG.debug("conversation warm-up failed", e); // only a first open gets slower
                next = steps.size();
            }
            long nanos = System.nanoTime() - t;
            total += nanos;
            longest = Math.max(longest, nanos);
            threads.fx().execute(this::next);
        }

        private void finish() {
            Took t = new Took(classNanos, total, longest);
            LOG.debug("conversation warm-up: classes {} ms, view {} ms (longest step {} ms)", t.classNanos() / 1_000_000,
                    t.viewNanos() / 1_000_000, t.longestStepNanos() / 1_000_000);
            done.complete(t);
        }
    }

    private static void layOut(ConversationView view) {
        javafx.scene.Parent p = view.getParent() != null ? view.getParent() : view;
        p.applyCss();
        p.layout();
    }

    private static long loadClasses(Messenger messenger) {
        long t = System.nanoTime();
        // the newest page of the chat at the top of the list, the one most likely opened first, read as an
        // open reads it (with its reactions and files): the statements and the database's pages are warm then
        var top = messenger.conversations().stream().findFirst();
        Address conversation = top.map(ConversationSummary::conversation).orElse(messenger.address());
        boolean group = top.map(c -> c.kind() == ConversationKind.GROUP).orElse(false);
        new MessageItems(messenger, conversation, group).items(messenger.history(conversation, ConversationViewModel.FIRST_PAGE));
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

    /**
     * A screenful and more of rows, so that the list makes every cell it needs for a page now, with the
     * letters, digits and signs most messages use, so that their glyphs are measured now too.
     */
    private static List<Row> sampleRows(Address self, Clock clock) {
        Instant now = clock.instant();
        List<Row> rows = new java.util.ArrayList<>();
        rows.add(new Row.Day(now.atZone(clock.getZone()).toLocalDate()));
        for (int n = 1; n <= SAMPLE_ROWS; n++) {
            boolean outgoing = n % 3 == 0;
            String text = SAMPLE_TEXT.get(n % SAMPLE_TEXT.size());
            MessageState state = n == SAMPLE_ROWS ? MessageState.FAILED : outgoing ? MessageState.READ : MessageState.RECEIVED;
            rows.add(new MessageItem(sample(self, n, outgoing ? Direction.OUTGOING : Direction.INCOMING, state, now, n % 5 == 0 ? now : null, text),
                    n % 4 == 0 ? List.of(new MessageItem.Reactions("👍", 2, true)) : List.of(),
                    outgoing ? "" : "Sample Author", outgoing ? "" : self.toString(), n % 6 == 0 ? SAMPLE_TEXT.get(1) : ""));
        }
        return rows;
    }

    private static final int SAMPLE_ROWS = ConversationViewModel.FIRST_PAGE;
    private static final List<String> SAMPLE_TEXT = List.of(
            "The quick brown fox jumps over the lazy dog.",
            "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG! 0123456789",
            "Pack my box with five dozen liquor jugs? \"Yes\", she said; 'no' (maybe) - 10:45, 3/4 & 50% #1 @home",
            "Sphinx of black quartz, judge my vow: a long line wraps over several lines in the bubble, as most do,"
                    + " when somebody writes more than a few words at once [see: {this}] ~ * + = < > | _ $ \u20ac \u2026",
            "\u00e0\u00e1\u00e2\u00e4\u00e7\u00e8\u00e9\u00ea\u00eb\u00ee\u00ef\u00f1\u00f3\u00f4\u00f6\u00fa\u00fb\u00fc\u00df \u00c0\u00c9\u00d6\u00dc \u2014 ok");

    private static StoredMessage sample(Address self, int n, Direction d, MessageState s, Instant at, Instant edited, String text) {
        return new StoredMessage(-n, new MessageKey(self, Bytes.of(new byte[] {(byte) n})), 0, d, null, s, at, at, edited, null,
                Bytes.EMPTY, text);
    }
}
