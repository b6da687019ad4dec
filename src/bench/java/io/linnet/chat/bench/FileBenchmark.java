package io.linnet.chat.bench;

import io.linnet.app.ProfileRuntime;
import io.linnet.bench.BenchFiles;
import io.linnet.chat.api.FileSettings;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.core.FileConfig;
import io.linnet.chat.identity.WalletVault;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.TransferState;
import io.linnet.s2.client.S2ClientConfig;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.net.RateLimit;
import io.linnet.s2.relay.EmbeddedRelay;
import io.linnet.s2.relay.RelayConfig;
import io.linnet.s2.relay.RelayIdentityStore;
import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.SeedNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * File-transfer throughput through a relay on 127.0.0.1, next to raw loopback TCP measured in the same run.
 * Two full profiles (RSA-4096 wallets, encrypted SQLite, S2 clients, engines) send one file of N MiB three
 * times in each of two setups: as shipped (the relay's default inbound limit of 8 MiB/s per connection, the
 * engine pacing itself at 6 MiB/s) and unthrottled (no relay limit, no pacing: the protocol's own ceiling,
 * one 100 KiB packet per round trip). Each run is timed from the receiver's accept to its
 * {@code COMPLETE} (hash checked, file renamed). Baselines on raw sockets: one stream of the same bytes, and
 * the same pull pattern (ask for 100 KiB, get 100 KiB) without any messenger around it. Not a test; prints
 * and writes {@code files-results.md}.
 */
public final class FileBenchmark {
    private static final String PW = "file-benchmark-pw";
    private static final int PACKET = 102_400;
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench").resolve("files");
        new FileBenchmark().run(mib, dir);
        System.exit(0);
    }

    private void run(int mib, Path dir) throws Exception {
        BenchFiles.deleteTree(dir);
        Files.createDirectories(dir);
        long size = (long) mib * 1024 * 1024;
        Path src = dir.resolve("payload.bin");
        byte[] chunk = new byte[1024 * 1024];
        new SplittableRandom(1).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(src)) {
            for (int i = 0; i < mib; i++) {
                out.write(chunk);
            }
        }
        List<String> rows = new ArrayList<>();
        rows.add(row("raw loopback TCP, one stream", rawStream(size)));
        rows.add(row("raw loopback TCP, pull 100 KiB per round trip", rawPull(size)));
        NodeIdentity relayId = RelayIdentityStore.loadOrCreate(dir.resolve("relay"));
        EngineConfig shipped = EngineConfig.defaults();
        EngineConfig unpaced = EngineConfig.defaults().withFiles(FileConfig.defaults().withSendRate(0));
        rows.add(row("Linnet through the relay, as shipped (relay limit 8 MiB/s, pacing 6 MiB/s)",
                throughRelay(dir, src, size, RelayConfig.defaults(relayId, loopback()), shipped)));
        rows.add(row("Linnet through the relay, no relay limit, no pacing",
                throughRelay(dir, src, size, RelayConfig.defaults(relayId, loopback()).withRateLimit(RateLimit.unlimited()), unpaced)));
        String report = String.join("\n", List.of(
                "## File transfer: " + mib + " MiB, " + RUNS + " runs per row, everything on 127.0.0.1",
                "",
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores; " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"),
                "",
                "| path | MiB/s per run | median MiB/s |",
                "|---|---|---|",
                String.join("\n", rows), ""));
        System.out.println(report);
        Files.writeString(dir.getParent().resolve("files-results.md"), report);
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress("127.0.0.1", 0);
    }

    private static String row(String what, double[] mibPerSecond) {
        double[] s = mibPerSecond.clone();
        Arrays.sort(s);
        StringBuilder runs = new StringBuilder();
        for (double v : mibPerSecond) {
            runs.append(runs.isEmpty() ? "" : " / ").append(String.format("%.1f", v));
        }
        return String.format("| %s | %s | %.1f |", what, runs, s[s.length / 2]);
    }

    private static double mibPerSecond(long bytes, long nanos) {
        return bytes / 1024.0 / 1024.0 / (nanos / 1e9);
    }

    /** One TCP stream of {@code size} bytes, written in packet-sized pieces. */
    private static double[] rawStream(long size) throws Exception {
        double[] out = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                Thread reader = Thread.ofPlatform().start(() -> {
                    try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                byte[] buf = new byte[PACKET];
                long start = System.nanoTime();
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                    s.setTcpNoDelay(true);
                    OutputStream o = s.getOutputStream();
                    for (long sent = 0; sent < size; sent += PACKET) {
                        o.write(buf, 0, (int) Math.min(PACKET, size - sent));
                    }
                }
                reader.join();
                out[r] = mibPerSecond(size, System.nanoTime() - start);
            }
        }
        return out;
    }

    /** The pull pattern on a bare socket: an 8-byte request, a 100 KiB answer, again and again. */
    private static double[] rawPull(long size) throws Exception {
        double[] out = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                Thread serving = Thread.ofPlatform().start(() -> {
                    byte[] buf = new byte[PACKET];
                    try (Socket s = server.accept(); DataInputStream in = new DataInputStream(s.getInputStream());
                            OutputStream o = s.getOutputStream()) {
                        s.setTcpNoDelay(true);
                        while (true) {
                            long n = in.readLong();
                            if (n < 0) {
                                return;
                            }
                            o.write(buf, 0, (int) Math.min(PACKET, size - n * PACKET));
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                long start = System.nanoTime();
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                        DataOutputStream o = new DataOutputStream(s.getOutputStream()); DataInputStream in = new DataInputStream(s.getInputStream())) {
                    s.setTcpNoDelay(true);
                    byte[] buf = new byte[PACKET];
                    for (long n = 0; n * PACKET < size; n++) {
                        o.writeLong(n);
                        o.flush();
                        in.readFully(buf, 0, (int) Math.min(PACKET, size - n * PACKET));
                    }
                    o.writeLong(-1);
                }
                serving.join();
                out[r] = mibPerSecond(size, System.nanoTime() - start);
            }
        }
        return out;
    }

    private double[] throughRelay(Path dir, Path src, long size, RelayConfig relayConfig, EngineConfig config) throws Exception {
        double[] out = new double[RUNS];
        try (EmbeddedRelay relay = EmbeddedRelay.start(relayConfig)) {
            SeedNode seed = new SeedNode("127.0.0.1", relay.port(), Optional.of(relay.address()));
            try (ProfileRuntime a = profile(dir.resolve("a"), "a", seed, config); ProfileRuntime b = profile(dir.resolve("b"), "b", seed, config)) {
                Messenger alice = a.messenger();
                Messenger bob = b.messenger();
                until(() -> a.client().state().primaryRelay().isPresent() && b.client().state().primaryRelay().isPresent());
                if (!established(alice)) {
                    alice.addContact(bob.address()).toCompletableFuture().join();
                    until(() -> !bob.contacts().isEmpty());
                    bob.acceptContact(alice.address()).toCompletableFuture().join();
                    until(() -> established(alice) && established(bob));
                }
                bob.files().updateSettings(new FileSettings(FileSettings.DEFAULT_MAX_BYTES * 10, 0)).toCompletableFuture().join();
                alice.files().updateSettings(new FileSettings(FileSettings.DEFAULT_MAX_BYTES * 10, 0)).toCompletableFuture().join();
                for (int r = 0; r < RUNS; r++) {
                    FileTransfer sent = alice.files().send(bob.address(), src).toCompletableFuture().join();
                    until(() -> bob.files().forMessage(new io.linnet.chat.store.MessageKey(alice.address(), sent.message().messageId())).isPresent());
                    long id = bob.files().forMessage(new io.linnet.chat.store.MessageKey(alice.address(), sent.message().messageId()))
                            .orElseThrow().id();
                    long start = System.nanoTime();
                    bob.files().accept(id).toCompletableFuture().join();
                    until(() -> bob.files().find(id).orElseThrow().state() == TransferState.COMPLETE);
                    out[r] = mibPerSecond(size, System.nanoTime() - start);
                    Files.delete(bob.files().find(id).orElseThrow().path());
                    System.out.printf("  %.1f MiB/s%n", out[r]);
                }
            }
        }
        return out;
    }

    private static ProfileRuntime profile(Path dir, String name, SeedNode seed, EngineConfig config) throws Exception {
        java.util.function.Function<io.linnet.s2.client.ClientIdentity, S2ClientConfig> network =
                id -> S2ClientConfig.of(NetworkProfile.local(), id, List.of(seed));
        if (WalletVault.in(dir).exists()) {
            return ProfileRuntime.open(dir, PW, network, Runnable::run, config);
        }
        return ProfileRuntime.create(dir, name, PW, network, Runnable::run, config);
    }

    private static boolean established(Messenger m) {
        return m.contacts().stream().anyMatch(c -> c.handshakeStatus() == HandshakeStatus.ESTABLISHED);
    }

    private static void until(BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 600_000_000_000L;
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }
}
