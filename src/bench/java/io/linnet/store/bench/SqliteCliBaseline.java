package io.linnet.store.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs a query through the {@code sqlite3} command-line shell (Debian package {@code sqlite3}) as a
 * baseline: the same SQL text with the same values, bound with {@code .parameter set}, results sent to
 * {@code /dev/null}. The shell's {@code .timer} only resolves milliseconds, so the per-query mean is also
 * taken from wall-clock time: a script of N queries minus the same script with {@code SELECT 1} in place
 * of the query, divided by N.
 */
final class SqliteCliBaseline {

    /** What one baseline run measured. */
    record Result(Latencies timer, double meanMillis) {}

    private SqliteCliBaseline() {}

    /** The shell's version line, or empty if there is no {@code sqlite3} on the PATH. */
    static Optional<String> version() {
        try {
            Process p = new ProcessBuilder("sqlite3", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Runs {@code sql} once per parameter list; {@code params[i]} are the values of {@code ?1, ?2, …}. */
    static Result run(String name, Path db, Path work, String sql, List<long[]> params) throws IOException, InterruptedException {
        Path full = script(work.resolve("cli-query.sql"), sql, params, false);
        Path empty = script(work.resolve("cli-empty.sql"), "SELECT 1", params, false);
        Path timed = script(work.resolve("cli-timed.sql"), sql, params, true);
        shell(db, full);  // warm the page cache
        long queries = wallNanos(db, full);
        long overhead = wallNanos(db, empty);
        double mean = Math.max(0, queries - overhead) / 1e6 / params.size();
        Latencies timer = new Latencies(name);
        for (String line : shell(db, timed).lines().toList()) {
            if (line.startsWith("Run Time: real ")) {
                double seconds = Double.parseDouble(line.substring("Run Time: real ".length()).split(" ")[0]);
                timer.add((long) (seconds * 1e9));
            }
        }
        return new Result(timer, mean);
    }

    private static Path script(Path file, String sql, List<long[]> params, boolean timer) throws IOException {
        StringBuilder b = new StringBuilder(".parameter init\n.output /dev/null\n");
        if (timer) {
            b.append(".timer on\n");
        }
        for (long[] values : params) {
            for (int i = 0; i < values.length; i++) {
                b.append(".parameter set ?").append(i + 1).append(' ').append(values[i]).append('\n');
            }
            b.append(sql).append(";\n");
        }
        Files.writeString(file, b.toString());
        return file;
    }

    private static long wallNanos(Path db, Path script) throws IOException, InterruptedException {
        long start = System.nanoTime();
        shell(db, script);
        return System.nanoTime() - start;
    }

    private static String shell(Path db, Path script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sqlite3", "-readonly", db.toString())
                .redirectInput(script.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || out.contains("Error")) {
            throw new IOException("sqlite3 failed on " + script + ": " + out.lines().limit(5).toList());
        }
        return out;
    }
}
