package io.linnet.chat.engine;

import io.linnet.chat.core.Transport;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.client.DeliveryResult;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An in-memory network for engine tests: a message sent to an online address is delivered (serially, in
 * order) on one delivery thread; to an offline one it fails. Everything sent is recorded, a filter can
 * drop messages to simulate loss, the network time can be frozen and presence lookups answered.
 */
final class MemoryNet implements AutoCloseable {
    private final Map<Address, Consumer<StreamMessage>> receivers = new ConcurrentHashMap<>();
    private final Map<Address, Boolean> online = new ConcurrentHashMap<>();
    final List<StreamMessage> sent = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().name("memnet").daemon(true).unstarted(r));
    volatile Predicate<StreamMessage> drop = m -> false;
    /** The network time every transport reports; tests freeze or move it. */
    volatile InstantSource time = InstantSource.system();
    /** What a presence lookup finds: when the address's presence was signed, or empty. */
    volatile Function<Address, Optional<Instant>> presence = a -> Optional.empty();
    /** Presence lookups made, by who asked. */
    final Map<Address, AtomicInteger> lookups = new ConcurrentHashMap<>();
    /** Sees every message handed to the network, on the sender's thread (benchmarks time the sends). */
    volatile Consumer<StreamMessage> tap = m -> { };

    Transport transport(Address self) {
        online.put(self, true);
        return new Transport() {
            @Override
            public CompletionStage<DeliveryResult> send(StreamMessage message) {
                sent.add(message);
                tap.accept(message);
                Address to = message.recipient();
                if (!online.getOrDefault(to, false) || !receivers.containsKey(to) || drop.test(message)) {
                    return CompletableFuture.completedFuture(result(DeliveryResult.Outcome.FAILED));
                }
                Consumer<StreamMessage> r = receivers.get(to);
                return CompletableFuture.supplyAsync(() -> {
                    r.accept(message);
                    return result(DeliveryResult.Outcome.ACCEPTED);
                }, delivery);
            }

            @Override
            public InstantSource networkTime() {
                return () -> time.instant();
            }

            @Override
            public void onMessage(Consumer<StreamMessage> receiver) {
                receivers.put(self, receiver);
            }

            @Override
            public boolean online() {
                return online.getOrDefault(self, false);
            }

            @Override
            public CompletionStage<Optional<Instant>> lastSeen(Address who) {
                lookups.computeIfAbsent(self, a -> new AtomicInteger()).incrementAndGet();
                return CompletableFuture.supplyAsync(() -> presence.apply(who), delivery);
            }
        };
    }

    /** Injects a raw message as if it came from the network. */
    void inject(StreamMessage m) {
        Consumer<StreamMessage> r = receivers.get(m.recipient());
        delivery.submit(() -> r.accept(m));
    }

    void setOnline(Address a, boolean on) {
        online.put(a, on);
    }

    List<StreamMessage> sentFrom(Address a) {
        return sent.stream().filter(m -> a.equals(m.sender())).toList();
    }

    static DeliveryResult result(DeliveryResult.Outcome o) {
        return new DeliveryResult(o, o == DeliveryResult.Outcome.ACCEPTED ? Optional.of("memory") : Optional.empty(), "memory net");
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }

}
