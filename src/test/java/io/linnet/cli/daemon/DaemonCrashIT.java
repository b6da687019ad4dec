package io.linnet.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: daemon A sends {@value #N} numbered messages to daemon B while a second thread kills A or
 * B with {@code kill -9} at random moments ({@value #KILLS} times, each of them at least twice) and starts
 * it again on the same data directory. A message counts as sent once A stored it — when a request dies
 * with A, the sender asks A's history which numbers it holds and goes on from there. At the end B holds
 * every number exactly once and shows them in sending order — also the many sent within one second, which
 * reach B out of order whenever a retry delivers an earlier one after a newer one (B orders by A's
 * millisecond sending time, see docs/chat.md) — and A holds them all in order, delivered.
 *
 * <p>Randomness comes from one seed, printed first; {@code -Dlinnet.crash.seed=...} replays a run.
 */
class DaemonCrashIT {
    static final int N = 200;
    static final int KILLS = 6;
    static final String PW = "crash-test-password";
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    final List<Node> nodes = new ArrayList<>();
    ChildJvm relay;

    /** One daemon and its data directory, restarted in place after each kill. */
    final class Node {
        final String name;
        final int relayPort;
        final AtomicInteger generation = new AtomicInteger();
        volatile ChildJvm jvm;
        volatile ApiClient api;
        String address;

        Node(String name, int relayPort) {
            this.name = name;
            this.relayPort = relayPort;
            nodes.add(this);
        }

        void start(boolean create) throws Exception {
            ChildJvm j = ChildJvm.daemon("daemon-crash-" + name + "-" + generation.getAndIncrement(), dir.resolve(name), relayPort);
            jvm = j;
            ApiClient c = new ApiClient("127.0.0.1:" + j.awaitDaemonReady(), dir.resolve(name));
            JsonNode id = create ? c.postOk("/v1/identity", Map.of("nickname", name, "password", PW))
                    : c.postOk("/v1/unlock", Map.of("password", PW));
            address = id.get("address").asText();
            api = c;
        }
    }

    @AfterEach
    void killAll() throws InterruptedException {
        for (Node n : nodes) {
            if (n.jvm != null) {
                n.jvm.kill();
            }
        }
        if (relay != null) {
            relay.kill();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void killNineWhileSendingAndReceivingLosesAndDuplicatesNothing() throws Exception {
        long seed = Long.getLong("linnet.crash.seed", System.nanoTime());
        System.out.println("DaemonCrashIT seed " + seed + " (replay: -Dlinnet.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        relay = ChildJvm.relay("daemon-crash-relay", dir.resolve("relay"));
        int relayPort = Integer.parseInt(relay.await(ChildJvm.RELAY_READY, Duration.ofSeconds(60)).group(2));
        Node a = new Node("alice", relayPort);
        Node b = new Node("bob", relayPort);
        a.start(true);
        b.start(true);
        DaemonJarIT.befriend(new DaemonJarIT.Daemon(a.jvm, a.api, a.address), new DaemonJarIT.Daemon(b.jvm, b.api, b.address));

        List<Node> victims = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            victims.add(i % 2 == 0 ? a : b);
        }
        Collections.shuffle(victims, random);
        long killerSeed = random.nextLong();
        AtomicInteger next = new AtomicInteger(1);
        AtomicReference<Throwable> killerFailure = new AtomicReference<>();
        Thread killer = Thread.ofPlatform().name("killer").start(() -> {
            Random r = new Random(killerSeed);
            try {
                for (Node victim : victims) {
                    Thread.sleep(300 + r.nextInt(1500));
                    System.out.println("kill -9 " + victim.name + " near message " + next.get());
                    victim.jvm.kill();
                    Thread.sleep(r.nextInt(700));
                    victim.start(false);
                }
            } catch (Throwable t) {
                killerFailure.set(t);
            }
        });

        while (next.get() <= N) {
            int n = next.get();
            boolean stored;
            try {
                stored = a.api.post("/v1/messages", Map.of("to", b.address, "text", "msg " + n)).status() == 201;
            } catch (IOException e) {
                stored = false;
            }
            if (stored) {
                next.incrementAndGet();
                Thread.sleep(20 + random.nextInt(40));
            } else {
                next.set(resume(a, b.address));
            }
        }
        killer.join(TimeUnit.SECONDS.toMillis(60));
        assertEquals(null, killerFailure.get(), "the killer thread (seed " + seed + ")");

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= N; i++) {
            expected.add("msg " + i);
        }
        JsonNode atB = b.api.until("/v1/conversations/" + a.address + "/messages", m -> m.size() >= N, WAIT);
        List<String> byNumber = new ArrayList<>(texts(atB));
        byNumber.sort(java.util.Comparator.comparingInt(t -> Integer.parseInt(t.substring(4))));
        assertEquals(expected, byNumber, "B holds every message exactly once, seed " + seed);
        assertEquals(expected, texts(atB), "B shows them in sending order, same-second ones included, seed " + seed);
        HashSet<String> ids = new HashSet<>();
        atB.forEach(m -> ids.add(m.get("id").asText()));
        assertEquals(N, ids.size(), "distinct ids at B, seed " + seed);
        JsonNode atA = a.api.until("/v1/conversations/" + b.address + "/messages", m -> DaemonApiTest.allIn(m, "delivered"), WAIT);
        assertEquals(expected, texts(atA), "A's conversation, seed " + seed);
    }

    /** After a failed send: waits until A answers again and returns the number after the highest it stored. */
    private static int resume(Node a, String peer) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            try {
                ApiClient.Answer h = a.api.get("/v1/conversations/" + peer + "/messages?limit=10000");
                if (h.status() == 200) {
                    int max = 0;
                    for (String t : texts(h.body())) {
                        max = Math.max(max, Integer.parseInt(t.substring(4)));
                    }
                    return max + 1;
                }
            } catch (IOException e) {
                // A is down or starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("A did not come back");
    }

    private static List<String> texts(JsonNode messages) {
        List<String> out = new ArrayList<>();
        messages.forEach(m -> out.add(m.get("text").asText()));
        return out;
    }
}
