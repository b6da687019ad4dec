package io.linnet.s2.client;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A map whose entries lapse after a time to live, judged by the caller's clock. Not thread-safe. */
final class ExpiringCache<K, V> {
    private record Entry<V>(V value, Instant expires) {}

    private final Duration ttl;
    private final Map<K, Entry<V>> entries = new HashMap<>();

    ExpiringCache(Duration ttl) {
        this.ttl = ttl;
    }

    void put(K key, V value, Instant now) {
        entries.put(key, new Entry<>(value, now.plus(ttl)));
    }

    /** The value if present and not yet expired at {@code now}. */
    Optional<V> get(K key, Instant now) {
        Entry<V> e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!now.isBefore(e.expires())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    void remove(K key) {
        entries.remove(key);
    }

    /** Drops every expired entry. */
    void prune(Instant now) {
        entries.values().removeIf(e -> !now.isBefore(e.expires()));
    }

    int size() {
        return entries.size();
    }
}
