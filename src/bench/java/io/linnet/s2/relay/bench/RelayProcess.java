package io.linnet.s2.relay.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The relay under test, run as its own process exactly as shipped ({@code java -jar linnet.jar relay}),
 * so that like mosquitto it has a process (and a garbage collector) of its own, apart from the clients.
 * Options: loopback listen address, identity under {@code target/bench/relay-data}, room for
 * {@value #MAX_CLIENTS} connections, and no per-connection rate limit (the default 200 frames/s would
 * cut off every benchmark client). {@code -Dbench.relay.jvmArgs="..."} adds JVM options to the relay's
 * command line (e.g. to record a flight recording while it is measured).
 */
final class RelayProcess implements AutoCloseable {
    static final int MAX_CLIENTS = 4000;
    static final List<String> LIMITS = List.of("--max-clients", String.valueOf(MAX_CLIENTS), "--rate-limit", "0",
            "--rate-limit-bytes", "0");

    private final Process process;
    private final int port;

    private RelayProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the relay with the JVM running this benchmark and waits for its "relay ready" line. */
    static RelayProcess start(Path jar, Path dataDir, Path log) throws IOException, InterruptedException {
        int port = Servers.freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        String jvmArgs = System.getProperty("bench.relay.jvmArgs", "").strip();
        if (!jvmArgs.isEmpty()) {
            cmd.addAll(List.of(jvmArgs.split("\\s+")));
        }
        cmd.addAll(List.of("-jar", jar.toString(), "relay", "--listen", "127.0.0.1:" + port, "--data-dir",
                dataDir.toString()));
        cmd.addAll(LIMITS);
        Files.createDirectories(dataDir);
        Files.deleteIfExists(log);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Servers.await(p, "relay", Duration.ofMinutes(2), () -> Servers.logged(log, "relay ready:"), log);
        return new RelayProcess(p, port);
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        Servers.stop(process);
    }
}
