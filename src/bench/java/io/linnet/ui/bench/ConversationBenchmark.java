package io.linnet.ui.bench;

import io.linnet.bench.BenchFiles;
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
import io.linnet.ui.conversation.ConversationWarmup;
import io.linnet.ui.theme.ThemeChoice;
import io.linnet.ui.theme.Themes;
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
import javafx.scene.layout.StackPane;
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

    /**
     * In a child JVM: {@code MESSAGES OUT PROFILE MODE}; the profile was seeded by {@link #inChild}. Mode
     * {@code first} opens the conversation once after the warm-up and prints {@code FIRST-OPEN} with its
     * figures; {@code full} runs everything and writes the report.
     */
    public static void main(String[] args) throws Exception {
        int messages = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path dir = Path.of(args[2]);
        boolean firstOnly = args[3].equals("first");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread th = new Thread(r, "bench-background");
            th.setDaemon(true);
            return th;
        });
        ProfileRuntime runtime = ProfileRuntime.open(dir, PW, id -> S2ClientConfig.of(NetworkProfile.local(), id, List.of(NOWHERE)),
                Platform::runLater, EngineConfig.defaults());
        Result r = new Result(messages);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                run(runtime, new UiThreads(Platform::runLater, background), r, firstOnly, done);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(20, TimeUnit.MINUTES);
        if (firstOnly) {
            System.out.printf(Locale.ROOT, "FIRST-OPEN %d %d %d %d %d%n", r.firstPaintNanos, r.firstReadNanos,
                    r.warmup.classNanos(), r.warmup.viewNanos(), r.warmup.longestStepNanos());
        } else {
            Files.createDirectories(out);
            Files.writeString(out.resolve("ui-results.md"), r.report());
        }
        runtime.close();
        Platform.exit();
        System.exit(0);
    }

    private static final SeedNode NOWHERE = new SeedNode("127.0.0.1", 9, Optional.empty());
    /** Fresh JVMs that each open the conversation once, for the first open's spread. */
    private static final int FIRST_OPEN_JVMS = 7;

    /**
     * Seeds a profile with {@code messages} messages, then runs the benchmark in child JVMs with the desktop
     * app's JVM options ({@code -Dbench.ui.jvmOptions}) in place of the benchmarks' own, so that the
     * figures are the app's: {@value #FIRST_OPEN_JVMS} that only open the conversation once, then one that
     * runs everything and writes the report, to which the first opens are added.
     */
    public static void inChild(String messages, String out) throws Exception {
        Path dir = Files.createTempDirectory("linnet-ui-bench");
        long t = System.nanoTime();
        ProfileRuntime.create(dir, "bench", PW, id -> S2ClientConfig.of(NetworkProfile.local(), id, List.of(NOWHERE)),
                Runnable::run, EngineConfig.defaults()).close();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve(ProfileRuntime.DATABASE_FILE), DatabaseKey.password(PW))) {
            ConversationSeed.fill(db, Integer.parseInt(messages));
        }
        System.out.printf(Locale.ROOT, "seeded %,d messages in %.1f s%n", Integer.parseInt(messages), (System.nanoTime() - t) / 1e9);
        List<long[]> firsts = new ArrayList<>();
        for (int i = 0; i < FIRST_OPEN_JVMS; i++) {
            Process p = new ProcessBuilder(child(messages, out, dir, "first")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String first = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("FIRST-OPEN ")).findFirst().orElse(null);
            if (p.waitFor() != 0 || first == null) {
                throw new IllegalStateException("the conversation benchmark failed (first open)");
            }
            firsts.add(java.util.Arrays.stream(first.substring(11).trim().split(" ")).mapToLong(Long::parseLong).toArray());
            System.out.println(first + " load " + Rss.loadavg());
        }
        Process p = new ProcessBuilder(child(messages, out, dir, "full")).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the conversation benchmark failed");
        }
        BenchFiles.deleteTree(dir);
        Path report = Path.of(out).resolve("ui-results.md");
        Files.writeString(report, Files.readString(report) + firstOpens(firsts));
        System.out.println(Files.readString(report));
    }

    private static List<String> child(String messages, String out, Path dir, String mode) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(StartupBenchmark.jvmOptions());
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ConversationBenchmark.class.getName(), messages, out, dir.toString(), mode));
        return command;
    }

    /** The first opens of the fresh JVMs: median and range of each figure. */
    private static String firstOpens(List<long[]> firsts) {
        String[] names = {"first paint", "of which until the page was in the list", "warm-up in the background",
            "warm-up on the JavaFX thread, in all", "warm-up on the JavaFX thread, longest task"};
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%n### First open in a fresh JVM (%d JVMs, each: window, warm-up, one open)%n%n| figure | median | min | max | each |%n|---|---|---|---|---|%n",
                firsts.size()));
        for (int i = 0; i < names.length; i++) {
            final int k = i;
            long[] v = firsts.stream().mapToLong(x -> x[k]).toArray();
            long[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            b.append(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %s |%n", names[i], Result.pct(sorted, 0.5),
                    sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6,
                    String.join(", ", java.util.Arrays.stream(v).mapToObj(x -> String.format(Locale.ROOT, "%.0f", x / 1e6)).toList())));
        }
        return b.toString();
    }

    private static void run(ProfileRuntime runtime, UiThreads threads, Result r, boolean firstOnly, CompletableFuture<Void> done) {
        Stage stage = new Stage();
        // as the main window's right side: one conversation view, hidden until the first open, shown for each
        ChatItem chat = new ChatItem(ConversationSeed.peer(), false, "busy contact", "", false, Instant.now(), 0, false, false, Bytes.EMPTY);
        view = new ConversationView(new SimpleObjectProperty<>(chat), Clock.systemDefaultZone(), c -> {});
        view.setVisible(false);
        StackPane right = new StackPane(view);
        Scene scene = new Scene(right, 900, 700);
        new Themes(ThemeChoice.LIGHT).attach(scene);
        stage.setScene(scene);
        stage.show();
        // let the empty window settle and warm up as the app does once its main window shows, then open the
        // conversation twice: the first open in this JVM, and a second one as every later open
        wait(30, () -> ConversationWarmup.run(view, runtime.messenger(), threads, Clock.systemDefaultZone()).thenAccept(took -> wait(30, () -> {
            r.warmup = took;
            r.before = Memory.now();
            open(runtime, threads, scene, (first, firstRead, a, b) -> {
                r.firstPaintNanos = first;
                r.firstReadNanos = firstRead;
                if (firstOnly) {
                    done.complete(null);
                } else {
                    wait(30, () -> later(runtime, threads, scene, r, done));
                }
            });
        })));
    }

    /** The later opens ({@value #LATER_OPENS} of them, 30 frames apart), then the page read alone and the scroll. */
    private static void later(ProfileRuntime runtime, UiThreads threads, Scene scene, Result r, CompletableFuture<Void> done) {
        open(runtime, threads, scene, (paint, read, vm, view) -> {
            r.later.add(new long[] {paint, lastBuild, read});
            if (r.later.size() < LATER_OPENS) {
                wait(30, () -> later(runtime, threads, scene, r, done));
            } else {
                threads.read(() -> pageRead(runtime), t -> {
                    r.pageReadNanos = t;
                    wait(30, () -> scroll(vm, view, r, done));
                });
            }
        });
    }

    private static final int LATER_OPENS = 11;
    private static long lastBuild;
    private static ConversationView view;

    /** A page as the view-model reads it (the messages, their reactions and files), timed alone. */
    private static long pageRead(ProfileRuntime runtime) {
        long t = System.nanoTime();
        var page = runtime.messenger().history(ConversationSeed.peer(), ConversationViewModel.PAGE);
        runtime.messenger().reactionsOf(page);
        runtime.messenger().files().forMessages(page);
        return System.nanoTime() - t;
    }

    interface Painted {
        /** {@code nanos} to the first paint, of which {@code readNanos} until the page was in the list. */
        void at(long nanos, long readNanos, ConversationViewModel vm, ConversationView view);
    }

    /**
     * Opens the conversation as the app does (a new view-model, {@code open()}, shown in the window's one
     * conversation view) and hands over the time from creating the model to the first pulse whose layout
     * holds its messages in cells.
     */
    private static void open(ProfileRuntime runtime, UiThreads threads, Scene scene, Painted then) {
        // from an event, as a click on the chat list is, not from inside a pulse (the callers are timers)
        Platform.runLater(() -> openNow(runtime, threads, scene, then));
    }

    private static void openNow(ProfileRuntime runtime, UiThreads threads, Scene scene, Painted then) {
        long openAt = System.nanoTime();
        Clock clock = Clock.systemDefaultZone();
        ConversationViewModel vm = new ConversationViewModel(runtime.messenger(), threads, ConversationSeed.peer(), false, clock);
        vm.open(); // as MainViewModel does: the page is read while the view is built
        ConversationView.whenPageIn(vm, () -> { // as MainView shows an opened conversation
            view.show(vm);
            view.setVisible(true);
            lastBuild = System.nanoTime() - openAt;
        });
        long[] readAt = new long[1];
        vm.rows().addListener((javafx.collections.ListChangeListener<io.linnet.ui.conversation.Row>) c -> {
            if (readAt[0] == 0) {
                readAt[0] = System.nanoTime();
            }
        });
        Runnable[] painted = new Runnable[1];
        painted[0] = () -> {
            if (!vm.rows().isEmpty() && view.messageList().lookupAll(".message-cell").stream()
                    .anyMatch(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null && vm.rows().contains(c.getItem()))) {
                scene.removePostLayoutPulseListener(painted[0]);
                then.at(System.nanoTime() - openAt, readAt[0] - openAt, vm, view);
            }
        };
        scene.addPostLayoutPulseListener(painted[0]);
    }

    /** Each frame, while no page is loading, jumps to the top so that the view asks for the next older page. */
    private static void scroll(ConversationViewModel vm, ConversationView view, Result r, CompletableFuture<Void> done) {
        long start = System.nanoTime();
        new AnimationTimer() {
            private long last;
            private final int[] loads = new int[1];

            {
                vm.loadingProperty().addListener((o, a, b) -> loads[0] += b ? 1 : 0);
            }

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
                    r.loads = loads[0];
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
        /** Per later open: to the first paint, to the view built, to the page in the list. */
        final List<long[]> later = new ArrayList<>();
        long pageReadNanos;
        ConversationWarmup.Took warmup;
        long firstReadNanos;
        int loads;
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
                    "JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), "",
                    "| figure | value |", "|---|---|",
                    String.format(Locale.ROOT, "| warm-up after the window showed (ConversationWarmup): classes and a page read in the background; sample open on the FX thread, in all and its longest task | %.1f ms; %.1f ms, %.1f ms |",
                            warmup.classNanos() / 1e6, warmup.viewNanos() / 1e6, warmup.longestStepNanos() / 1e6),
                    String.format(Locale.ROOT, "| first paint, first open in the JVM (model created → first pulse with its messages in cells); of which until the page was in the list | %.1f ms; %.1f ms |",
                            firstPaintNanos / 1e6, firstReadNanos / 1e6),
                    String.format(Locale.ROOT, "| first paint, %d later opens: median (min–max); median until the page was in the list; until the view showed it | %.1f ms (%.1f–%.1f); %.1f ms; %.1f ms |",
                            later.size(), laterPct(0, 0.5), laterPct(0, 0), laterPct(0, 1), laterPct(2, 0.5), laterPct(1, 0.5)),
                    String.format(Locale.ROOT, "| reading a page alone (messages, reactions, files; in the background) | %.1f ms |", pageReadNanos / 1e6),
                    String.format(Locale.ROOT, "| scroll to the top (pages of %d, at most %d messages held) | %.1f s, %,d page loads, %,d frames, %,d rows held at the end |",
                            ConversationViewModel.PAGE, ConversationViewModel.KEPT, scrollNanos / 1e9, loads, f.length + 1, rows),
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

        private double laterPct(int i, double p) {
            long[] v = later.stream().mapToLong(x -> x[i]).sorted().toArray();
            return p == 0 ? v[0] / 1e6 : pct(v, p);
        }

        static double pct(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }
}
