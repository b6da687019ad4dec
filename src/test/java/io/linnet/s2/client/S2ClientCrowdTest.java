package io.linnet.s2.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.stream.StreamMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three relays on a roster and twenty clients: every client finds every other through sector lookup
 * and presence and delivers to it; then a relay is stopped while messages are under way (failed sends
 * are retried, as the chat engine's outbox does), everyone keeps delivering through the other two, and
 * after the relay is restarted on its port everyone reconnects to it and delivers again.
 */
class S2ClientCrowdTest {
    private static final Logger log = LoggerFactory.getLogger(S2ClientCrowdTest.class);
    static final int RELAYS = 3;
    static final int CLIENTS = 20;
    static final Duration WAIT = Duration.ofSeconds(20);
    /** Retries per message, as the chat engine's outbox would do; a failed send is tried again shortly. */
    static final int MAX_TRIES = 30;

    LocalNet net;
    final List<ClientIdentity> ids = IntStream.range(0, CLIENTS).parallel()
            .mapToObj(i -> ClientIdentity.of(Rsa.generate(2048, 1), device(i))).toList();
    final List<S2Client> clients = new ArrayList<>();
    /** Per recipient index: the texts it received. */
    final Map<Integer, Set<String>> inbox = new ConcurrentHashMap<>();

    static byte[] device(int i) {
        byte[] d = new byte[16];
        d[15] = (byte) i;
        return d;
    }

    @AfterEach
    void stop() {
        if (net != null) {
            net.close();
        }
        assertEquals(List.of(), LocalNet.LoopbackOnly.VIOLATIONS);
    }

    @Test
    void everyClientReachesEveryOtherBeforeDuringAndAfterARelayRestart() throws Exception {
        net = LocalNet.start(RELAYS);
        for (int i = 0; i < CLIENTS; i++) {
            int me = i;
            S2Client c = net.client(ids.get(i), List.of(net.seed(i % RELAYS)), RELAYS);
            inbox.put(me, ConcurrentHashMap.newKeySet());
            c.addListener(new S2ClientListener() {
                @Override
                public void onStreamMessage(StreamMessage message, String relay) {
                    inbox.get(me).add(new String(message.data().toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
                }
            });
            clients.add(c);
        }
        awaitAllConnectedTo(RELAYS, -1);
        round("first", () -> {});

        // stopped while the next round's messages are on their way: some sends fail and are retried
        round("relay stopping", () -> net.stopRelay(1));
        String gone = net.hostPort(1);
        Await.until(WAIT, () -> clients.stream().allMatch(c -> !c.state().connectedRelays().contains(gone)
                && c.state().primaryRelay().filter(p -> !p.equals(gone)).isPresent()),
                "every client to leave the stopped relay and name another primary");
        round("relay down", () -> {});

        net.startRelay(1);
        awaitAllConnectedTo(RELAYS, 1);
        round("relay back", () -> {});
    }

    private void awaitAllConnectedTo(int relays, int mustInclude) {
        Await.until(WAIT, () -> clients.stream().allMatch(c -> c.state().connectedRelays().size() == relays
                && c.state().primaryRelay().isPresent()
                && (mustInclude < 0 || c.state().connectedRelays().contains(net.hostPort(mustInclude)))),
                () -> "every client on " + relays + " relays: " + clients.stream().map(c -> c.state().connectedRelays().size()).toList());
    }

    /** Every client sends to every other, retrying what did not get through, until all arrived. */
    private void round(String name, Runnable onceSent) throws Exception {
        Map<String, Integer> tries = new HashMap<>();
        Map<String, CompletableFuture<DeliveryResult>> inFlight = new HashMap<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (int i = 0; i < CLIENTS; i++) {
            for (int j = 0; j < CLIENTS; j++) {
                if (i != j) {
                    inFlight.put(key(name, i, j), send(name, i, j));
                    tries.put(key(name, i, j), 1);
                }
            }
        }
        onceSent.run();
        int retries = 0;
        Map<DeliveryResult.Outcome, Integer> setbacks = new java.util.EnumMap<>(DeliveryResult.Outcome.class);
        while (!inFlight.isEmpty()) {
            assertFalse(System.nanoTime() > deadline, name + ": undelivered after " + WAIT + ": " + inFlight.keySet());
            Map<String, CompletableFuture<DeliveryResult>> next = new HashMap<>();
            for (Map.Entry<String, CompletableFuture<DeliveryResult>> e : inFlight.entrySet()) {
                DeliveryResult r = e.getValue().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                if (r.outcome() != DeliveryResult.Outcome.ACCEPTED) {
                    int t = tries.merge(e.getKey(), 1, Integer::sum);
                    assertFalse(t > MAX_TRIES, e.getKey() + " failed " + MAX_TRIES + " times, last: " + r);
                    retries++;
                    setbacks.merge(r.outcome(), 1, Integer::sum);
                    String[] parts = e.getKey().split("/");
                    next.put(e.getKey(), send(name, Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
                }
            }
            if (!next.isEmpty()) {
                Thread.sleep(100);
            }
            inFlight = next;
        }
        Await.until(WAIT, () -> IntStream.range(0, CLIENTS).allMatch(j -> IntStream.range(0, CLIENTS)
                .allMatch(i -> i == j || inbox.get(j).contains(key(name, i, j)))), name + ": every message at its recipient");
        log.info("round '{}': {} messages delivered, {} retries after {}", name, CLIENTS * (CLIENTS - 1), retries,
                setbacks);
    }

    private static String key(String round, int from, int to) {
        return round + "/" + from + "/" + to;
    }

    private CompletableFuture<DeliveryResult> send(String round, int from, int to) {
        return clients.get(from).send(S2ClientLoopbackTest.message(ids.get(from), ids.get(to), key(round, from, to)))
                .toCompletableFuture();
    }
}
