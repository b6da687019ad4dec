package io.linnet.ui.bench;

import io.linnet.app.ProfileRuntime;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.store.DatabaseKey;
import io.linnet.s2.client.S2ClientConfig;
import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.SeedNode;
import io.linnet.store.SqliteDatabase;
import io.linnet.store.bench.ConversationSeed;
import io.linnet.ui.chats.ChatItem;
import io.linnet.ui.common.UiThreads;
import io.linnet.ui.conversation.ConversationView;
import io.linnet.ui.conversation.ConversationViewModel;
import io.linnet.ixian.codec.Bytes;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens a conversation of many messages (seeded through the store into a real profile) in the real
 * {@link ConversationView} and scrolls it to the very top, one older page at a time. Measures first paint
 * (open request → first pulse whose layout holds the messages), frame intervals while scrolling, and heap
 * and RSS before and after. Needs a display (run under {@code xvfb-run -a}).
 */
public final class ConversationBenchmark {
    private static final String PW = "benchmark-password-1";

    private ConversationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench");
        Path dir = Files.createTempDirectory("linnet-ui-bench");
        long t = System.nanoTime();
        SeedNode nowhere = new SeedNode("127.0.0.1", 9, Optional.empty());
        ProfileRuntime.create(dir, "bench", PW, id -> S2ClientConfig.of(NetworkProfile.local(), id, List.of(nowhere)),
                Runnable::run, EngineConfig.defaults()).close();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve(ProfileRuntime.DATABASE_FILE), DatabaseKey.password(PW))) {
            ConversationSeed.fill(db, messages);
        }
        System.out.printf(Locale.ROOT, "seeded %,d messages in %.1f s%n", messages, (System.nanoTime() - t) / 1e9);

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread th = new Thread(r, "bench-background");
            th.setDaemon(true);
            return th;
        });
        ProfileRuntime runtime = ProfileRuntime.open(dir, PW, id -> S2ClientConfig.of(NetworkProfile.local(), id, List.of(nowhere)),
                Platform::runLater, EngineConfig.defaults());
        Result r = new Result(messages);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                run(runtime, new UiThreads(Platform::runLater, background), r, done);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(20, TimeUnit.MINUTES);
        String report = r.report();
        System.out.println(report);
        Files.createDirectories(out);
        Files.writeString(out.resolve("ui-results.md"), report);
        runtime.close();
        Platform.exit();
        System.exit(0);
    }

    private static void run(ProfileRuntime runtime, UiThreads threads, Result r, CompletableFuture<Void> done) {
        Clock clock = Clock.systemDefaultZone();
        ConversationViewModel vm = new ConversationViewModel(runtime.messenger(), threads, ConversationSeed.peer(), false, clock);
        ChatItem chat = new ChatItem(ConversationSeed.peer(), false, "busy contact", "", false, Instant.now(), 0, false, false, Bytes.EMPTY);
        ConversationView view = new ConversationView(vm, new SimpleObjectProperty<>(chat), clock, () -> {});
        Stage stage = new Stage();
        Scene scene = new Scene(view, 900, 700);
        stage.setScene(scene);
        stage.show();
        // let the empty window settle, then measure the open
        wait(30, () -> {
            r.before = Memory.now();
            long openAt = System.nanoTime();
            Runnable[] firstPaint = new Runnable[1];
            firstPaint[0] = () -> {
                if (!vm.rows().isEmpty() && !view.messageList().lookupAll(".list-cell").isEmpty()) {
                    r.firstPaintNanos = System.nanoTime() - openAt;
                    scene.removePostLayoutPulseListener(firstPaint[0]);
                    wait(30, () -> scroll(vm, view, r, done));
                }
            };
            scene.addPostLayoutPulseListener(firstPaint[0]);
            vm.open();
        });
    }

    /** Each frame, while no page is loading, jumps to the top so that the view asks for the next older page. */
    private static void scroll(ConversationViewModel vm, ConversationView view, Result r, CompletableFuture<Void> done) {
        long start = System.nanoTime();
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                long n = System.nanoTime();
                if (last != 0) {
                    r.frames.add(n - last);
                }
                last = n;
                if (!vm.hasOlderProperty().get() && !vm.loadingProperty().get()) {
                    stop();
                    r.scrollNanos = n - start;
                    r.rows = vm.rows().size();
                    r.after = Memory.now();
                    done.complete(null);
                } else if (!vm.loadingProperty().get()) {
                    view.messageList().scrollTo(0);
                }
            }
        }.start();
    }

    /** Runs {@code then} after {@code frames} pulses. */
    private static void wait(int frames, Runnable then) {
        new AnimationTimer() {
            private int left = frames;

            @Override
            public void handle(long now) {
                if (--left <= 0) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Heap in use after a full collection, and the process's resident set. */
    record Memory(long heap, long rss) {
        static Memory now() {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            return new Memory(rt.totalMemory() - rt.freeMemory(), Rss.of(ProcessHandle.current().pid()));
        }
    }

    private static final class Result {
        final int messages;
        final List<Long> frames = new ArrayList<>();
        Memory before;
        Memory after;
        long firstPaintNanos;
        long scrollNanos;
        int rows;

        Result(int messages) {
            this.messages = messages;
        }

        String report() {
            long[] f = frames.stream().mapToLong(Long::longValue).sorted().toArray();
            long over = frames.stream().filter(x -> x > 33_000_000L).count();
            return String.join("\n", List.of(
                    String.format(Locale.ROOT, "## Desktop app: conversation of %,d messages", messages), "",
                    String.format(Locale.ROOT, "Machine: %d cores; %s %s; JavaFX %s; load average at the end: %s",
                            Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                            System.getProperty("java.version"), System.getProperty("javafx.runtime.version"), Rss.loadavg()),
                    "",
                    "| figure | value |", "|---|---|",
                    String.format(Locale.ROOT, "| first paint (open → first pulse with the messages laid out) | %.1f ms |", firstPaintNanos / 1e6),
                    String.format(Locale.ROOT, "| scroll to the top (page loads of %d) | %.1f s, %,d frames, %,d rows at the end |",
                            ConversationViewModel.PAGE, scrollNanos / 1e9, f.length + 1, rows),
                    String.format(Locale.ROOT, "| frame interval while scrolling: p50 / p99 / max | %.1f / %.1f / %.1f ms |",
                            pct(f, 0.5), pct(f, 0.99), f.length == 0 ? 0 : f[f.length - 1] / 1e6),
                    String.format(Locale.ROOT, "| frames over 33 ms | %,d of %,d |", over, f.length),
                    String.format(Locale.ROOT, "| heap after GC: before open → at the top | %.1f → %.1f MB (+%.1f) |",
                            before.heap() / 1e6, after.heap() / 1e6, (after.heap() - before.heap()) / 1e6),
                    String.format(Locale.ROOT, "| RSS: before open → at the top | %.1f → %.1f MB (+%.1f) |",
                            before.rss() / 1e6, after.rss() / 1e6, (after.rss() - before.rss()) / 1e6),
                    String.format(Locale.ROOT, "| max heap (-Xmx) | %,d MB |", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1_000_000),
                    ""));
        }

        private static double pct(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }
}
