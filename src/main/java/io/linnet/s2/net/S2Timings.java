package io.linnet.s2.net;

import java.time.Duration;
import java.util.Objects;

/**
 * The clocks of one S2 connection. Production values come from the protocol; tests pass short ones so
 * that nothing has to wait ten seconds.
 *
 * @param handshakeDeadline how long after the TCP connect the handshake may take before the connection
 *                          is dropped (10 s)
 * @param silenceTimeout    how long the peer may send nothing at all, not even a ping (10 s)
 * @param pingAfterIdle     after this long without sending anything, a one-byte ping is sent (2 s)
 * @param connectTimeout    how long an outgoing TCP connect may take (5 s)
 * @param byeGrace          after a {@code bye} is written, how long to wait for the peer to close before
 *                          closing anyway (1 s)
 */
public record S2Timings(Duration handshakeDeadline, Duration silenceTimeout, Duration pingAfterIdle,
        Duration connectTimeout, Duration byeGrace) {

    public S2Timings {
        positive(handshakeDeadline, "handshakeDeadline");
        positive(silenceTimeout, "silenceTimeout");
        positive(pingAfterIdle, "pingAfterIdle");
        positive(connectTimeout, "connectTimeout");
        positive(byeGrace, "byeGrace");
        if (pingAfterIdle.compareTo(silenceTimeout) >= 0) {
            throw new IllegalArgumentException("pings must come more often than the silence timeout");
        }
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** The protocol's values: 10 s handshake, 10 s silence, ping after 2 s idle, 5 s connect, 1 s bye grace. */
    public static S2Timings production() {
        return new S2Timings(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    /**
     * Every value scaled from production by {@code factor} (e.g. 0.05 turns 10 s into 500 ms), with
     * the connect timeout kept at least 1 s so loaded machines still connect.
     */
    public static S2Timings scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor must be positive");
        }
        S2Timings p = production();
        return new S2Timings(scale(p.handshakeDeadline, factor), scale(p.silenceTimeout, factor),
                scale(p.pingAfterIdle, factor), max(scale(p.connectTimeout, factor), Duration.ofSeconds(1)),
                scale(p.byeGrace, factor));
    }

    private static Duration scale(Duration d, double factor) {
        return Duration.ofNanos(Math.max(1_000_000L, (long) (d.toNanos() * factor)));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** How often a connection's watchdog looks at its clocks: a quarter of the shortest timer, 5..500 ms. */
    public Duration tick() {
        long shortest = Math.min(pingAfterIdle.toNanos(), Math.min(silenceTimeout.toNanos(), handshakeDeadline.toNanos()));
        long tick = Math.clamp(shortest / 4, 5_000_000L, 500_000_000L);
        return Duration.ofNanos(tick);
    }
}
