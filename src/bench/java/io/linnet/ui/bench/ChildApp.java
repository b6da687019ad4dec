package io.linnet.ui.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child JVM started for a benchmark: spawned, then waited for until it prints a given line (its output is
 * kept), read ({@code VmRSS}) while it idles, and ended.
 */
final class ChildApp implements AutoCloseable {
    private final Process process;
    private final Thread reader;
    private final List<String> output;
    private final double readyMillis;

    private ChildApp(Process process, Thread reader, List<String> output, double readyMillis) {
        this.process = process;
        this.reader = reader;
        this.output = output;
        this.readyMillis = readyMillis;
    }

    /** Starts {@code command} and returns once a line containing {@code ready} appeared (at most 120 s). */
    static ChildApp start(List<String> command, String ready) throws IOException, InterruptedException {
        return start(command, java.util.Map.of(), ready);
    }

    /** {@link #start(List, String)} with {@code env} added to the child's environment. */
    static ChildApp start(List<String> command, java.util.Map<String, String> env, String ready) throws IOException, InterruptedException {
        long t = System.nanoTime();
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().putAll(env);
        Process p = b.start();
        CompletableFuture<Long> at = new CompletableFuture<>();
        List<String> lines = new ArrayList<>();
        Thread reader = Thread.ofPlatform().daemon(true).start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.contains(ready)) {
                        at.complete(System.nanoTime());
                    }
                }
                at.completeExceptionally(new IllegalStateException("exited without '" + ready + "': " + command));
            } catch (IOException e) {
                at.completeExceptionally(e);
            }
        });
        try {
            return new ChildApp(p, reader, lines, (at.get(120, TimeUnit.SECONDS) - t) / 1e6);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("no '" + ready + "' from " + command + "; output: " + lines, e);
        }
    }

    /** Milliseconds from spawning the process to the ready line. */
    double readyMillis() {
        return readyMillis;
    }

    /** Resident set in MB (10^6 bytes) now. */
    double rssMb() {
        return Rss.of(process.pid()) / 1e6;
    }

    /** Whether the child has printed a line containing {@code text} so far. */
    boolean printed(String text) {
        synchronized (output) {
            return output.stream().anyMatch(l -> l.contains(text));
        }
    }

    /**
     * What the child-JVM benchmarks are given (runs of each, the packaged jar, the directory with the benchmark
     * classes, the output directory) and how they start children: this JVM's {@code java} with the desktop's
     * options.
     */
    record Setup(int runs, Path jar, Path benchClasses, Path out, String java, List<String> options) {
        static Setup of(String[] args) {
            return new Setup(Integer.parseInt(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                    ProcessHandle.current().info().command().orElse("java"), StartupBenchmark.jvmOptions());
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        reader.join(1_000);
    }
}
