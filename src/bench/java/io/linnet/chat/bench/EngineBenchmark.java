package io.linnet.chat.bench;

import io.linnet.app.ProfileRuntime;
import io.linnet.bench.BenchFiles;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.codec.Bytes;
import io.linnet.s2.client.S2ClientConfig;
import io.linnet.s2.relay.EmbeddedRelay;
import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.SeedNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * End-to-end latency of the messaging engine through a relay on 127.0.0.1: two full profiles (RSA-4096
 * wallets, encrypted SQLite files, S2 clients, engines, all with production settings) established as
 * contacts; then messages sent one at a time, each waited for, measuring send → {@code MessageAdded} at
 * the receiver and send → {@code DELIVERED} at the sender. Not a test; prints and writes
 * {@code engine-results.md}.
 */
public final class EngineBenchmark {
    private static final String PW = "engine-benchmark-pw";
    private static final int WARM_UP = 50;
    private final Map<Bytes, Long> arrived = new ConcurrentHashMap<>();
    private final Map<Bytes, Long> delivered = new ConcurrentHashMap<>();
    private final Object signal = new Object();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench").resolve("engine");
        new EngineBenchmark().run(n, dir);
        System.exit(0);
    }

    private void run(int n, Path dir) throws Exception {
        BenchFiles.deleteTree(dir);
        try (EmbeddedRelay relay = EmbeddedRelay.start(dir.resolve("relay"))) {
            SeedNode seed = new SeedNode("127.0.0.1", relay.port(), Optional.of(relay.address()));
            long t = System.nanoTime();
            try (ProfileRuntime a = profile(dir.resolve("a"), "a", seed); ProfileRuntime b = profile(dir.resolve("b"), "b", seed)) {
                Messenger alice = a.messenger();
                Messenger bob = b.messenger();
                bob.events().subscribe(e -> {
                    if (e instanceof EngineEvent.MessageAdded m) {
                        record(arrived, m.message().key().messageId());
                    }
                });
                alice.events().subscribe(e -> {
                    if (e instanceof EngineEvent.MessageStateChanged s && s.state() == MessageState.DELIVERED) {
                        record(delivered, s.key().messageId());
                    }
                });
                until(() -> a.client().state().primaryRelay().isPresent() && b.client().state().primaryRelay().isPresent());
                alice.addContact(bob.address()).toCompletableFuture().join();
                until(() -> !bob.contacts().isEmpty());
                bob.acceptContact(alice.address()).toCompletableFuture().join();
                until(() -> established(alice) && established(bob));
                System.out.printf("setup (keys, relay, handshake): %.1f s%n", (System.nanoTime() - t) / 1e9);

                long[] toArrival = new long[n];
                long[] toDelivered = new long[n];
                for (int i = -WARM_UP; i < n; i++) {
                    long start = System.nanoTime();
                    StoredMessage m = alice.sendText(bob.address(), "benchmark message " + i).toCompletableFuture().join();
                    Bytes id = m.key().messageId();
                    until(() -> arrived.containsKey(id) && delivered.containsKey(id));
                    if (i >= 0) {
                        toArrival[i] = arrived.get(id) - start;
                        toDelivered[i] = delivered.get(id) - start;
                    }
                }
                String report = String.join("\n", List.of(
                        "## Engine benchmark: " + n + " messages, one at a time, through a relay on 127.0.0.1",
                        "",
                        "Machine: " + Runtime.getRuntime().availableProcessors() + " cores; " + System.getProperty("java.vm.name")
                                + " " + System.getProperty("java.version"),
                        "",
                        "| | p50 | p90 | p99 | max |",
                        "|---|---|---|---|---|",
                        row("send → MessageAdded at the receiver", toArrival),
                        row("send → DELIVERED at the sender", toDelivered), ""));
                System.out.println(report);
                Files.writeString(dir.getParent().resolve("engine-results.md"), report);
            }
        }
    }

    private static ProfileRuntime profile(Path dir, String name, SeedNode seed) {
        return ProfileRuntime.create(dir, name, PW,
                id -> S2ClientConfig.of(NetworkProfile.local(), id, List.of(seed)), Runnable::run, EngineConfig.defaults());
    }

    private void record(Map<Bytes, Long> map, Bytes id) {
        map.putIfAbsent(id, System.nanoTime());
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void until(BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        synchronized (signal) {
            while (!c.getAsBoolean()) {
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("timed out");
                }
                signal.wait(5);
            }
        }
    }

    private static boolean established(Messenger m) {
        return m.contacts().stream().anyMatch(c -> c.handshakeStatus() == HandshakeStatus.ESTABLISHED);
    }

    private static String row(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |", what, ms(s, 0.50), ms(s, 0.90), ms(s, 0.99),
                s[s.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
