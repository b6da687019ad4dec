package io.linnet.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar target/linnet.jar ...} as a child process: its stderr lines are queued for
 * {@link #await} and copied to {@code target/it-logs/<name>.log} for reading after a failure.
 */
final class ChildJvm {
    static final Pattern RELAY_READY = Pattern.compile("relay ready: address (\\S+) listening on \\S+ port (\\d+)");
    static final Pattern DAEMON_READY = Pattern.compile("daemon ready: api http://127\\.0\\.0\\.1:(\\d+)");

    final String name;
    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        Thread.ofPlatform().daemon().name(name + "-stderr").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                    out.println(line);
                    out.flush();
                }
            } catch (IOException e) {
                // the process ended
            }
        });
    }

    static ChildJvm start(String name, String... args) throws IOException {
        return start(name, Map.of(), args);
    }

    /** {@link #start(String, String...)} with extra environment variables. */
    static ChildJvm start(String name, Map<String, String> env, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("linnet.jar", "target/linnet.jar"));
        assertTrue(Files.isRegularFile(jar), "built jar at " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path logs = Path.of("target", "it-logs");
        Files.createDirectories(logs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        return new ChildJvm(name, p, logs.resolve(name + ".log"));
    }

    /** A relay on a free loopback port; {@link #await} its ready line for the port. */
    static ChildJvm relay(String name, Path dataDir) throws IOException {
        return start(name, "relay", "--listen", "127.0.0.1:0", "--data-dir", dataDir.toString());
    }

    /** A relay on a given loopback port (to restart it where its clients look for it). */
    static ChildJvm relay(String name, Path dataDir, int port) throws IOException {
        return start(name, "relay", "--listen", "127.0.0.1:" + port, "--data-dir", dataDir.toString());
    }

    /** A daemon with test keys and timers on a free loopback port, seeded with the relay on {@code relayPort}. */
    static ChildJvm daemon(String name, Path dataDir, int relayPort) throws IOException {
        return daemon(name, dataDir, relayPort, Map.of());
    }

    /** {@link #daemon(String, Path, int)} with extra environment variables and options. */
    static ChildJvm daemon(String name, Path dataDir, int relayPort, Map<String, String> env, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("daemon", "--data-dir", dataDir.toString(), "--api", "127.0.0.1:0",
                "--relay", "127.0.0.1:" + relayPort, "--test-only-rsa-2048", "--test-only-fast-timings"));
        args.addAll(List.of(extra));
        return start(name, env, args.toArray(String[]::new));
    }

    /** Waits for a stderr line matching {@code pattern}. */
    Matcher await(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m;
                }
            } else if (!process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        process.destroyForcibly();
        throw new AssertionError(name + ": no line matching " + pattern + " in " + seen);
    }

    /** The API port from the daemon's ready line. */
    int awaitDaemonReady() throws InterruptedException {
        return Integer.parseInt(await(DAEMON_READY, Duration.ofSeconds(60)).group(1));
    }

    /** kill -9. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** SIGTERM, then waits for the exit; the exit code. */
    int terminate() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not stop on SIGTERM");
        }
        return process.exitValue();
    }
}
