package io.linnet.s2.client;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting on a condition with a deadline instead of sleeping a fixed time. */
final class Await {
    private Await() {}

    static void until(Duration timeout, BooleanSupplier condition, Supplier<String> what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    static void until(Duration timeout, BooleanSupplier condition, String what) {
        until(timeout, condition, () -> what);
    }

    /**
     * Names of live threads, virtual ones included, that start with one of {@code prefixes}. Virtual
     * threads are invisible to {@link Thread#getAllStackTraces()}, so this reads a JVM thread dump.
     */
    static List<String> threads(String... prefixes) {
        try {
            Path dump = Files.createTempFile("threads", ".txt");
            Files.delete(dump);
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
                List<String> names = new ArrayList<>();
                for (String line : Files.readAllLines(dump)) {
                    Matcher m = DUMP_LINE.matcher(line);
                    if (m.find() && Arrays.stream(prefixes).anyMatch(m.group(1)::startsWith)) {
                        names.add(m.group(1));
                    }
                }
                return names.stream().sorted().toList();
            } finally {
                Files.deleteIfExists(dump);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until no thread with one of the prefixes is left (threads may take a moment to end). */
    static void noThreadsLeft(Duration timeout, String... prefixes) {
        until(timeout, () -> threads(prefixes).isEmpty(), () -> "threads to end: " + threads(prefixes));
    }

    private static final Pattern DUMP_LINE = Pattern.compile("^#\\d+ \"([^\"]*)\"");
}
