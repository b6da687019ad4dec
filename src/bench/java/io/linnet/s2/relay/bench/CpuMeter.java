package io.linnet.s2.relay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time over a measured interval, split three ways: the server process under test, this JVM (the
 * clients), and the rest of the machine (from {@code /proc/stat}; other builds running meanwhile show
 * up there). Percentages are of one core, so two busy cores make 200 %.
 */
final class CpuMeter {
    /** Linux reports {@code /proc/stat} in clock ticks of 1/100 s. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final ProcessHandle server;

    CpuMeter(ProcessHandle server) {
        this.server = server;
    }

    record Snapshot(long wall, long server, long self, long machine) {}

    /** Busy percentages of one core over an interval. */
    record Usage(double server, double clients, double others) {}

    Snapshot snapshot() {
        return new Snapshot(System.nanoTime(), cpu(server), cpu(ProcessHandle.current()), machineBusy());
    }

    Usage since(Snapshot a) {
        Snapshot b = snapshot();
        double wall = b.wall - a.wall;
        double srv = 100.0 * (b.server - a.server) / wall;
        double self = 100.0 * (b.self - a.self) / wall;
        double all = a.machine < 0 || b.machine < 0 ? Double.NaN : 100.0 * (b.machine - a.machine) / wall;
        return new Usage(srv, self, Math.max(0, all - srv - self));
    }

    private static long cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Busy time of all cores since boot in nanoseconds (user, nice, system, irq, softirq), or -1. */
    private static long machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 8); i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
