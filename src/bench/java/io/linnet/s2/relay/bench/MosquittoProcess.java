package io.linnet.s2.relay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The baseline broker: Debian's {@code mosquitto}, started with a configuration of our own on a free
 * loopback port (anonymous access, no persistence, TCP_NODELAY like the relay's sockets, warnings and
 * errors only in the log) and stopped at the end.
 */
final class MosquittoProcess implements AutoCloseable {
    private static final Path[] CANDIDATES = {Path.of("/usr/sbin/mosquitto"), Path.of("/usr/bin/mosquitto"),
            Path.of("/usr/local/sbin/mosquitto"), Path.of("/usr/local/bin/mosquitto")};

    private final Process process;
    private final int port;
    private final String version;

    private MosquittoProcess(Process process, int port, String version) {
        this.process = process;
        this.port = port;
        this.version = version;
    }

    /** The installed mosquitto binary, if any. */
    static Optional<Path> binary() {
        for (Path p : CANDIDATES) {
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Starts {@code binary} with a generated config in {@code dir}; waits until it accepts connections. */
    static MosquittoProcess start(Path binary, Path dir) throws IOException, InterruptedException {
        int port = Servers.freePort();
        Files.createDirectories(dir);
        Path conf = dir.resolve("mosquitto.conf");
        Path log = dir.resolve("mosquitto.log");
        Files.writeString(conf, String.join("\n",
                "listener " + port + " 127.0.0.1",
                "allow_anonymous true",
                "persistence false",
                "set_tcp_nodelay true",
                "max_connections -1",
                "log_dest stderr",
                "log_type error",
                "log_type warning",
                ""));
        Files.deleteIfExists(log);
        Process p = new ProcessBuilder(binary.toString(), "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Servers.await(p, "mosquitto", Duration.ofSeconds(20), () -> Servers.accepts(port), log);
        return new MosquittoProcess(p, port, version(binary));
    }

    /** The first line of {@code mosquitto -h}, e.g. "mosquitto version 2.0.11". */
    private static String version(Path binary) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(binary.toString(), "-h").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.SECONDS);
        return out.lines().findFirst().orElse("mosquitto").strip();
    }

    int port() {
        return port;
    }

    String version() {
        return version;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() throws InterruptedException {
        Servers.stop(process);
    }
}
