package io.linnet.ui.bench;

import io.linnet.bench.BenchFiles;
import io.linnet.ui.common.ReadySignal;
import io.linnet.ui.settings.GraphicsDevices;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold start of the packaged app ({@code java -jar target/linnet.jar --data-dir <fresh dir>}, which opens the
 * first-run window) next to {@link HelloWindow} started by the same {@code java} with the jar on its class
 * path, and that window again with the drawing set up as the app's launcher sets it up (GTK's OpenGL off;
 * the software pipeline when {@link GraphicsDevices} finds no graphics device), so that the ratio is also
 * shown without the OpenGL probe the app skips; alternating, in child JVMs. Times each from spawning the process to its {@value ReadySignal#LINE}
 * log line, then reads its resident set ({@code VmRSS}) after it has been idle a few seconds. Needs a
 * display (run under {@code xvfb-run -a}).
 */
public final class StartupBenchmark {
    private static final long IDLE_MILLIS = 5_000;

    private StartupBenchmark() {}

    /** Arguments: runs of each, the packaged jar, the directory with the benchmark classes, the output directory. */
    public static void main(String[] args) throws Exception {
        ChildApp.Setup s = ChildApp.Setup.of(args);
        Series app = new Series("app (first-run window)");
        Series hello = new Series("bare JavaFX window");
        boolean skipsProbe = GraphicsDevices.noneOnThisComputer();
        Series helloAsApp = new Series("bare JavaFX window, drawing set up as the app does (GDK_GL=disable"
                + (skipsProbe ? ", -Dprism.order=sw: no graphics device" : "") + ")");
        List<String> asAppOptions = new ArrayList<>(s.options());
        if (skipsProbe) {
            asAppOptions.add("-Dprism.order=sw");
        }
        java.util.Map<String, String> asAppEnv = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                ? java.util.Map.of("GDK_GL", "disable") : java.util.Map.of();
        for (int i = 0; i < s.runs(); i++) {
            Path data = Files.createTempDirectory("linnet-start");
            app.add(start(command(s.java(), s.options(), "-jar", s.jar().toString(), "--data-dir", data.toString())));
            hello.add(start(command(s.java(), s.options(), "-cp", s.jar() + File.pathSeparator + s.benchClasses(), HelloWindow.class.getName())));
            helloAsApp.add(start(command(s.java(), asAppOptions, "-cp", s.jar() + File.pathSeparator + s.benchClasses(),
                    HelloWindow.class.getName()), asAppEnv));
            BenchFiles.deleteTree(data);
            System.out.printf(Locale.ROOT, "run %d: app %.0f ms, hello %.0f ms, hello set up as the app %.0f ms (load %s)%n", i + 1,
                    app.last().millis(), hello.last().millis(), helloAsApp.last().millis(), Rss.loadavg());
        }
        String report = String.join("\n", List.of(
                "## Desktop app: cold start, " + s.runs() + " runs of each, alternating", "",
                String.format(Locale.ROOT, "Machine: %d cores; %s %s; load average at the end: %s",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                        System.getProperty("java.version"), Rss.loadavg()),
                "JVM options of both (the desktop's): " + (s.options().isEmpty() ? "none" : String.join(" ", s.options())), "",
                "| | start → ready: median | p90 | RSS " + IDLE_MILLIS / 1000 + " s after ready: median | p90 |",
                "|---|---|---|---|---|", app.row(), hello.row(), helloAsApp.row(), "",
                String.format(Locale.ROOT, "App / bare window (medians): %.2f×; app / bare window set up as the app: %.2f×",
                        app.median(Run::millis) / hello.median(Run::millis), app.median(Run::millis) / helloAsApp.median(Run::millis)),
                ""));
        System.out.println(report);
        Files.createDirectories(s.out());
        Files.writeString(s.out().resolve("startup-results.md"), report);
    }

    /** The desktop app's JVM options ({@code -Dbench.ui.jvmOptions}, from the pom), which both children get. */
    static List<String> jvmOptions() {
        String o = System.getProperty("bench.ui.jvmOptions", "").strip();
        return o.isEmpty() ? List.of() : List.of(o.split("\\s+"));
    }

    static List<String> command(String java, List<String> options, String... rest) {
        List<String> c = new ArrayList<>();
        c.add(java);
        c.addAll(options);
        c.addAll(List.of(rest));
        return c;
    }

    private static Run start(List<String> command) throws IOException, InterruptedException {
        return start(command, java.util.Map.of());
    }

    private static Run start(List<String> command, java.util.Map<String, String> env) throws IOException, InterruptedException {
        try (ChildApp c = ChildApp.start(command, env, ReadySignal.LINE)) {
            Thread.sleep(IDLE_MILLIS);
            return new Run(c.readyMillis(), c.rssMb());
        }
    }

    record Run(double millis, double rssMb) {}

    private static final class Series {
        private final String name;
        private final List<Run> runs = new ArrayList<>();

        Series(String name) {
            this.name = name;
        }

        void add(Run r) {
            runs.add(r);
        }

        Run last() {
            return runs.get(runs.size() - 1);
        }

        double median(java.util.function.ToDoubleFunction<Run> f) {
            return pct(f, 0.5);
        }

        double pct(java.util.function.ToDoubleFunction<Run> f, double p) {
            double[] s = runs.stream().mapToDouble(f).sorted().toArray();
            return s[Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1)];
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f MB | %.0f MB |", name, median(Run::millis),
                    pct(Run::millis, 0.9), median(Run::rssMb), pct(Run::rssMb, 0.9));
        }
    }
}
