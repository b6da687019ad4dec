package io.linnet.chat.core;

import io.linnet.chat.store.Backoff;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The engine's clocks and policies.
 *
 * @param clock local time, for stored times and the outbox schedule
 * @param backoff wait between delivery attempts of one outbox entry
 * @param tick how often the background service looks at the outbox and expiries
 * @param typingTimeout how long a typing notice counts
 * @param sendBatch most outbox entries sent per tick
 * @param presenceRefresh how often the presence of every approved contact is looked up (never while we are
 *     offline)
 * @param presenceFresh how old a contact's presence (or its last message) may be for it to count as online;
 *     above the interval at which clients re-sign their presence (100 s for Ixian and Linnet clients)
 * @param files folders and pacing of file transfers
 */
public record EngineConfig(InstantSource clock, Backoff backoff, Duration tick, Duration typingTimeout, int sendBatch,
        Duration presenceRefresh, Duration presenceFresh, FileConfig files) {
    public EngineConfig {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(typingTimeout, "typingTimeout");
        Objects.requireNonNull(presenceRefresh, "presenceRefresh");
        Objects.requireNonNull(presenceFresh, "presenceFresh");
        Objects.requireNonNull(files, "files");
        if (tick.isNegative() || tick.isZero() || sendBatch < 1) {
            throw new IllegalArgumentException("tick " + tick + ", batch " + sendBatch);
        }
        if (presenceRefresh.isNegative() || presenceRefresh.isZero() || presenceFresh.isNegative() || presenceFresh.isZero()) {
            throw new IllegalArgumentException("presence refresh " + presenceRefresh + ", fresh " + presenceFresh);
        }
    }

    /**
     * The product's settings: system clock, 5 s doubling to 10 min, 1 s tick, 5 s typing, 100 per tick,
     * presence looked up every 60 s and fresh for 150 s, file defaults without folders (the profile sets them).
     */
    public static EngineConfig defaults() {
        return new EngineConfig(InstantSource.system(), Backoff.DEFAULT, Duration.ofSeconds(1), Duration.ofSeconds(5), 100,
                Duration.ofSeconds(60), Duration.ofSeconds(150), FileConfig.defaults());
    }

    public EngineConfig withBackoff(Backoff b) {
        return new EngineConfig(clock, b, tick, typingTimeout, sendBatch, presenceRefresh, presenceFresh, files);
    }

    public EngineConfig withTick(Duration t) {
        return new EngineConfig(clock, backoff, t, typingTimeout, sendBatch, presenceRefresh, presenceFresh, files);
    }

    public EngineConfig withClock(InstantSource c) {
        return new EngineConfig(c, backoff, tick, typingTimeout, sendBatch, presenceRefresh, presenceFresh, files);
    }

    public EngineConfig withPresence(Duration refresh, Duration fresh) {
        return new EngineConfig(clock, backoff, tick, typingTimeout, sendBatch, refresh, fresh, files);
    }

    public EngineConfig withFiles(FileConfig f) {
        return new EngineConfig(clock, backoff, tick, typingTimeout, sendBatch, presenceRefresh, presenceFresh, f);
    }
}
