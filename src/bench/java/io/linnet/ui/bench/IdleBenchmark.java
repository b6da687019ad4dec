package io.linnet.ui.bench;

import io.linnet.app.IdleMainWindow;
import io.linnet.bench.BenchFiles;
import io.linnet.app.ProfileRuntime;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.store.DatabaseKey;
import io.linnet.s2.client.S2ClientConfig;
import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.SeedNode;
import io.linnet.store.SqliteDatabase;
import io.linnet.store.bench.ConversationSeed;
import io.linnet.ui.common.ReadySignal;
import io.linnet.ui.settings.SoftwareRendering;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Idle memory of the desktop app as a user leaves it: alternately (1) the packaged app on a fresh data
 * directory (the first-run window, its relay hosted) and (2) the app on a data directory holding an
 * identity with {@value #CHATS} chats of {@value #MESSAGES} messages, unlocked through its password screen
 * ({@link IdleMainWindow}), so its main window shows the chat list, the relay is hosted and the client is
 * online with its presence, then (3) the same profile started again: on a computer where JavaFX fell back to
 * software drawing, the second start skips the OpenGL probe ({@link SoftwareRendering}); on a computer with
 * no graphics device at all every start skips it ({@link io.linnet.ui.settings.GraphicsDevices}), and each
 * run says which applied. Each in a child JVM with the desktop's JVM options; {@code VmRSS} is read
 * {@value #FIRST_SECONDS} s and {@value #LAST_SECONDS} s after the window is ready. Needs a display.
 */
public final class IdleBenchmark {
    static final int CHATS = 5;
    static final int MESSAGES = 200;
    private static final int FIRST_SECONDS = 5;
    private static final int LAST_SECONDS = 60;
    private static final String PW = "benchmark-password-1";
    /** What the app logs when it skips the OpenGL probe because the computer has no graphics device. */
    private static final String NO_DEVICE_LOG = "no graphics device on this computer";

    private IdleBenchmark() {}

    /** Arguments: runs of each, the packaged jar, the directory with the benchmark classes, the output directory. */
    public static void main(String[] args) throws Exception {
        ChildApp.Setup s = ChildApp.Setup.of(args);
        List<double[]> first = new ArrayList<>();
        List<double[]> open = new ArrayList<>();
        List<double[]> again = new ArrayList<>();
        List<String> perRun = new ArrayList<>();
        for (int i = 0; i < s.runs(); i++) {
            Path fresh = Files.createTempDirectory("linnet-idle-first");
            double[] f = idle(StartupBenchmark.command(s.java(), s.options(), "-jar", s.jar().toString(), "--data-dir", fresh.toString()),
                    ReadySignal.LINE);
            Path profile = profile();
            List<String> unlock = StartupBenchmark.command(s.java(), s.options(), "-cp", s.jar() + File.pathSeparator + s.benchClasses(),
                    IdleMainWindow.class.getName(), profile.toString(), PW);
            double[] o = idle(unlock, IdleMainWindow.READY);
            double[] l = idle(unlock, IdleMainWindow.READY);
            boolean remembered = Files.exists(profile.resolve(SoftwareRendering.FILE));
            BenchFiles.deleteTree(fresh);
            BenchFiles.deleteTree(profile);
            first.add(f);
            open.add(o);
            again.add(l);
            String line = String.format(Locale.ROOT, "run %d: first-run window %.0f / %.0f MB, identity open %.0f / %.0f MB,"
                    + " started again %.0f / %.0f MB (%d s / %d s after ready; relay hosted: %s, %s, %s; no graphics"
                    + " device, probe skipped: %s, %s, %s; software-pipeline record after the first start: %s; load %s)",
                    i + 1, f[0], f[1], o[0], o[1], l[0], l[1], FIRST_SECONDS, LAST_SECONDS, yes(f[2]), yes(o[2]), yes(l[2]),
                    yes(f[3]), yes(o[3]), yes(l[3]), remembered ? "yes" : "no", Rss.loadavg());
            System.out.println(line);
            perRun.add(line);
        }
        List<String> report = new ArrayList<>(List.of(
                "## Desktop app: idle memory, " + s.runs() + " runs of each, alternating", "",
                String.format(Locale.ROOT, "Machine: %d cores; %s %s; load average at the end: %s",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                        System.getProperty("java.version"), Rss.loadavg()),
                "JVM options (the desktop's): " + (s.options().isEmpty() ? "none" : String.join(" ", s.options())), "",
                "| RSS | " + FIRST_SECONDS + " s after ready: median | max | " + LAST_SECONDS + " s after ready: median | max |",
                "|---|---|---|---|---|",
                row("first-run window, relay hosted", first),
                row("identity open: main window, " + CHATS + " chats, relay hosted, online; first start on the profile", open),
                row("the same profile started again (a software-pipeline record, if the first start made one, applies)", again),
                ""));
        report.addAll(perRun);
        report.add("");
        String text = String.join("\n", report);
        System.out.println(text);
        Files.createDirectories(s.out());
        Files.writeString(s.out().resolve("idle-results.md"), text);
    }

    /**
     * RSS {@value #FIRST_SECONDS} s and {@value #LAST_SECONDS} s after the ready line, 1 if the child hosted the
     * relay, 1 if it found no graphics device and skipped the OpenGL probe.
     */
    private static double[] idle(List<String> command, String ready) throws Exception {
        try (ChildApp c = ChildApp.start(command, ready)) {
            Thread.sleep(FIRST_SECONDS * 1000L);
            double early = c.rssMb();
            Thread.sleep((LAST_SECONDS - FIRST_SECONDS) * 1000L);
            return new double[] {early, c.rssMb(), c.printed("embedded relay") ? 1 : 0, c.printed(NO_DEVICE_LOG) ? 1 : 0};
        }
    }

    /** A profile with an identity and {@value #CHATS} chats, made in this JVM (offline) before the child opens it. */
    private static Path profile() throws Exception {
        Path dir = Files.createTempDirectory("linnet-idle-open");
        SeedNode nowhere = new SeedNode("127.0.0.1", 9, java.util.Optional.empty());
        ProfileRuntime.create(dir, "idle bench", PW, id -> S2ClientConfig.of(NetworkProfile.local(), id, List.of(nowhere)),
                Runnable::run, EngineConfig.defaults()).close();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve(ProfileRuntime.DATABASE_FILE), DatabaseKey.password(PW))) {
            ConversationSeed.fillChats(db, CHATS, MESSAGES);
        }
        return dir;
    }

    private static String yes(double flag) {
        return flag > 0 ? "yes" : "no";
    }

    private static String row(String name, List<double[]> runs) {
        return String.format(Locale.ROOT, "| %s | %.0f MB | %.0f MB | %.0f MB | %.0f MB |", name, median(runs, 0), max(runs, 0),
                median(runs, 1), max(runs, 1));
    }

    private static double median(List<double[]> runs, int i) {
        double[] s = runs.stream().mapToDouble(r -> r[i]).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double max(List<double[]> runs, int i) {
        return runs.stream().mapToDouble(r -> r[i]).max().orElse(0);
    }
}
