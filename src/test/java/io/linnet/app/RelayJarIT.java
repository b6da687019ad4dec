package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar linnet.jar relay}: logs "relay ready", accepts on loopback, stops on SIGTERM, keeps its identity. */
class RelayJarIT {
    private static final Pattern READY = Pattern.compile("relay ready: address (\\S+) listening on \\S+ port (\\d+)");

    @TempDir
    Path dir;

    private record Running(Process process, BlockingQueue<String> lines) {}

    private Running start() throws IOException {
        Path jar = Path.of(System.getProperty("linnet.jar", "target/linnet.jar"));
        assertTrue(Files.isRegularFile(jar), "built jar at " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "relay", "--listen", "127.0.0.1:0", "--data-dir", dir.toString(), "--stats", "1"));
        Process p = new ProcessBuilder(cmd).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon().name("relay-stderr").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                        lines.add(line);
                }
            } catch (IOException e) {
                // process ended
            }
        });
        return new Running(p, lines);
    }

    private static Matcher awaitLine(Running r, Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = r.lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                seen.add(line);
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m;
                }
            }
        }
        r.process.destroyForcibly();
        throw new AssertionError("no line matching " + pattern + " in " + seen);
    }

    @Test
    void relayStartsServesStopsOnSigtermAndKeepsItsIdentity() throws Exception {
        Running first = start();
        Matcher ready = awaitLine(first, READY);
        String address = ready.group(1);
        int port = Integer.parseInt(ready.group(2));
        try (Socket s = new Socket("127.0.0.1", port)) {
            byte[] samples = new byte[45];
            new DataInputStream(s.getInputStream()).readFully(samples);
            for (int i = 0; i < 5; i++) {
                assertEquals(2, samples[9 * i], "time sample " + i);
            }
        }
        awaitLine(first, Pattern.compile("stats: clients=\\d+"));
        first.process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of stderr
        assertTrue(first.process.waitFor(15, TimeUnit.SECONDS), "stopped on SIGTERM");
        awaitLine(first, Pattern.compile("stopped"));

        Running second = start();
        assertEquals(address, awaitLine(second, READY).group(1), "same identity from the data directory");
        second.process.toHandle().destroy();
        assertTrue(second.process.waitFor(15, TimeUnit.SECONDS));
    }
}
