package io.linnet.s2.relay.bench;

import io.linnet.ixian.crypto.RsaPrivateKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Relay forwarding against mosquitto on the same machine in the same run: for each number of clients,
 * the maximum rate of 1:1 messages the relay forwards and the latency at half that rate, then the same
 * for mosquitto with MQTT QoS 0 and the same payload size. Not a test: run it with
 * {@code ./mvnw -B -ntp -Pbench -DskipTests verify -Dbench=relay} (see docs/performance.md).
 *
 * <p>Arguments: client counts ("10,100,1000"), measured seconds per phase, output directory, path of
 * the packaged {@code linnet.jar}. {@code -Dbench.relay.window=W} sets the messages in flight per client
 * in the throughput phase (default {@value #DEFAULT_WINDOW}); {@code -Dbench.relay.systems=relay} or
 * {@code =mosquitto} measures only one of the two; {@code -Dbench.relay.loads} adds paced loads.
 */
public final class RelayBenchmark {
    static final int DATA_BYTES = 256;
    static final int DEFAULT_WINDOW = 16;
    static final Duration WARMUP = Duration.ofSeconds(3);
    static final Duration PACED_WARMUP = Duration.ofSeconds(2);
    /**
     * The paced phases, as fractions of the measured maximum: half load (the target's), then a light load;
     * {@code -Dbench.relay.loads=0.5,0.3,0.1} measures others as well (0.5 is always measured).
     */
    static final double[] LOADS = loads(System.getProperty("bench.relay.loads", "0.5,0.1"));

    private final int[] counts;
    private final Duration measure;
    private final Path out;
    private final Path jar;
    private final int window = Integer.getInteger("bench.relay.window", DEFAULT_WINDOW);
    private final List<String> systems = List.of(System.getProperty("bench.relay.systems", "relay,mosquitto").split(","));
    private int payloadBytes;
    private final List<RoundResult> rounds = new ArrayList<>();

    private RelayBenchmark(int[] counts, Duration measure, Path out, Path jar) {
        this.counts = counts;
        this.measure = measure;
        this.out = out;
        this.jar = jar;
    }

    private static double[] loads(String list) {
        double[] given = Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
        for (double f : given) {
            if (!(f > 0 && f <= 1)) {
                throw new IllegalArgumentException("loads are fractions of the maximum in (0, 1]: " + f);
            }
        }
        return java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(0.5),
                Arrays.stream(given).filter(f -> f != 0.5)).toArray();
    }

    public static void main(String[] args) throws Exception {
        int[] counts = Arrays.stream((args.length > 0 ? args[0] : "10,100,1000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        for (int n : counts) {
            if (n < 2 || n % 2 != 0) {
                throw new IllegalArgumentException("client counts must be even and at least 2: " + n);
            }
        }
        Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench");
        Path jar = Path.of(args.length > 3 ? args[3] : "target/linnet.jar");
        new RelayBenchmark(counts, measure, out, jar).run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        int most = Arrays.stream(counts).max().orElseThrow();
        Optional<Path> mosquitto = MosquittoProcess.binary();
        if (mosquitto.isEmpty()) {
            say("NOTE: mosquitto is not installed (apt-get install -y mosquitto): only the relay is measured, "
                    + "so there is no ratio to report.");
        }
        long fdLimit = Machine.openFileLimit();
        if (fdLimit > 0 && fdLimit < 2L * most + 200) {
            say("NOTE: this process may open " + fdLimit + " files; " + most + " clients need about " + (most + 100)
                    + " per process (raise it with ulimit -n).");
        }
        List<RsaPrivateKey> keys = ClientKeys.load(out.resolve("relay-client-keys.bin"), most, this::say);
        payloadBytes = S2Fleet.payloadBytes(keys, DATA_BYTES);
        String loadBefore = Machine.loadAverage();
        String mosquittoVersion = "not installed";
        try (RelayProcess relay = RelayProcess.start(jar, out.resolve("relay-data"), out.resolve("relay.log"));
                Stopper stopper = new Stopper(relay.handle())) {
            say("relay running on " + relay.address() + " (log: " + out.resolve("relay.log") + ")");
            MosquittoProcess broker = null;
            if (mosquitto.isPresent() && systems.contains("mosquitto")) {
                broker = MosquittoProcess.start(mosquitto.get(), out.resolve("mosquitto"));
                stopper.add(broker.handle());
                mosquittoVersion = broker.version();
                say(mosquittoVersion + " running on 127.0.0.1:" + broker.port());
            }
            try {
                for (int n : counts) {
                    if (systems.contains("relay")) {
                        rounds.add(relayRound(relay, keys.subList(0, n)));
                    }
                    if (broker != null) {
                        rounds.add(mqttRound(broker, n));
                    }
                }
            } finally {
                if (broker != null) {
                    broker.close();
                }
            }
        }
        String report = report(mosquittoVersion, loadBefore, Machine.loadAverage());
        Files.writeString(out.resolve("relay-results.md"), report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + out.resolve("relay-results.md"));
    }

    private RoundResult relayRound(RelayProcess relay, List<RsaPrivateKey> keys) throws Exception {
        say("relay, " + keys.size() + " clients: connecting");
        Workload w = new Workload();
        try (S2Fleet fleet = S2Fleet.connect(relay.address(), keys, DATA_BYTES, w)) {
            w.attach(fleet);
            return measure(fleet, w, relay.handle());
        }
    }

    private RoundResult mqttRound(MosquittoProcess broker, int n) throws Exception {
        say("mosquitto, " + n + " clients: connecting");
        Workload w = new Workload();
        try (MqttFleet fleet = MqttFleet.connect(broker.version(), broker.port(), n, payloadBytes, w)) {
            w.attach(fleet);
            return measure(fleet, w, broker.handle());
        }
    }

    private RoundResult measure(Fleet fleet, Workload w, ProcessHandle server) throws Exception {
        CpuMeter cpu = new CpuMeter(server);
        PhaseResult max = w.closedLoop(window, WARMUP, measure, cpu);
        say(Report.f("  max %,.0f msg/s, p50 %.2f ms, p99 %.2f ms%s", max.rate(), max.latency().millis(50),
                max.latency().millis(99), cpuNote(max)));
        List<RoundResult.Paced> paced = new ArrayList<>();
        for (double fraction : LOADS) {
            double rate = max.rate() * fraction;
            PhaseResult r = w.paced(rate, PACED_WARMUP, measure, cpu);
            say(Report.f("  %.0f %% load, sent at %,.0f msg/s: %,.0f arrived/s, p50 %.3f ms, p99 %.3f ms%s",
                    fraction * 100, rate, r.rate(), r.latency().millis(50), r.latency().millis(99), cpuNote(r)));
            paced.add(new RoundResult.Paced(fraction, rate, r));
        }
        Thread.sleep(1000);
        return new RoundResult(fleet.name(), fleet.size(), fleet.payloadBytes(), max, paced, fleet.disconnects(),
                fleet.firstDisconnect());
    }

    private static String cpuNote(PhaseResult r) {
        return Report.f("; CPU µs/message: server %.1f, clients %.1f; rest of the machine %.0f %%",
                r.cpu().server() * 1e4 / r.rate(), r.cpu().clients() * 1e4 / r.rate(), r.cpu().others());
    }

    private String report(String mosquittoVersion, String loadBefore, String loadAfter) {
        StringBuilder b = new StringBuilder();
        b.append("## Relay benchmark (").append(LocalDate.now()).append(")\n\n");
        b.append(Report.f("Run with `./mvnw -B -ntp -Pbench -DskipTests verify -Dbench=relay` (here: clients %s, %d s per "
                + "phase, window %d).%n%n", Arrays.toString(counts), measure.toSeconds(), window));
        b.append(Report.f("Machine: %s, %d cores; %s %s; %s; open files per process: %d; load average before %s, "
                + "after %s.%n%n", Machine.cpu(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), mosquittoVersion,
                Machine.openFileLimit(), loadBefore, loadAfter));
        b.append(Report.f("Workload: clients in pairs, each sending only to its partner; payload %d bytes (a v1 "
                + "StreamMessage with %d data bytes as s2data; the same number of bytes as the MQTT QoS 0 payload). "
                + "Throughput: %d in flight per client, %d s warm-up, %d s measured. Latency: every client paced at "
                + "its share of a fraction of the system's own maximum, %d s warm-up, %d s measured; one-way, from "
                + "the send call to the receive callback. Relay run as `java -jar linnet.jar relay %s`.%n%n",
                payloadBytes, DATA_BYTES, window, WARMUP.toSeconds(),
                measure.toSeconds(), PACED_WARMUP.toSeconds(), measure.toSeconds(), String.join(" ", RelayProcess.LIMITS)));
        b.append("Maximum throughput:\n\n").append(Report.maxima(rounds)).append('\n');
        b.append("Latency at fractions of each system's own maximum (half load first):\n\n").append(Report.latencies(rounds))
                .append('\n');
        b.append("Targets:\n\n").append(Report.targets(rounds)).append('\n');
        b.append("Problems:\n\n").append(Report.problems(rounds));
        return b.toString();
    }

    private void say(String line) {
        System.out.println(line);
    }
}
