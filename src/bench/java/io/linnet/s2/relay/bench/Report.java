package io.linnet.s2.relay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns the rounds into the Markdown tables of {@code target/bench/relay-results.md}. */
final class Report {
    static final double TARGET_RATIO = 0.8;
    static final double TARGET_P99_MILLIS = 2.0;
    static final String RELAY = "Linnet relay";

    private Report() {}

    /** Maximum throughput per round, with its latency and where the CPU went. */
    static String maxima(List<RoundResult> rounds) {
        List<String> out = new ArrayList<>();
        out.add("| clients | system | max msg/s | p50 ms | p99 ms | CPU % server / clients / rest "
                + "| CPU µs per message: server / clients |");
        out.add("|---|---|---|---|---|---|---|");
        for (RoundResult r : rounds) {
            PhaseResult m = r.max();
            out.add(f("| %d | %s | %,.0f | %.2f | %.2f | %s | %s |", r.clients(), r.system(), m.rate(),
                    m.latency().millis(50), m.latency().millis(99), percents(m), perMessage(m)));
        }
        return String.join("\n", out) + "\n";
    }

    /** Latency per round and paced load. */
    static String latencies(List<RoundResult> rounds) {
        List<String> out = new ArrayList<>();
        out.add("| clients | system | load | sent msg/s | arrived msg/s | p50 ms | p99 ms | max ms "
                + "| CPU % server / clients / rest | CPU µs per message: server / clients |");
        out.add("|---|---|---|---|---|---|---|---|---|---|");
        for (RoundResult r : rounds) {
            for (RoundResult.Paced p : r.paced()) {
                PhaseResult h = p.result();
                out.add(f("| %d | %s | %.0f %% | %,.0f | %,.0f | %.3f | %.3f | %.1f | %s | %s |", r.clients(),
                        r.system(), p.fraction() * 100, p.rate(), h.rate(), h.latency().millis(50),
                        h.latency().millis(99), h.latency().maxMillis(), percents(h), perMessage(h)));
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static String percents(PhaseResult r) {
        return f("%.0f / %.0f / %.0f", r.cpu().server(), r.cpu().clients(), r.cpu().others());
    }

    private static String perMessage(PhaseResult r) {
        return f("%.1f / %.1f", r.cpu().server() * 1e4 / r.rate(), r.cpu().clients() * 1e4 / r.rate());
    }

    static String targets(List<RoundResult> rounds) {
        List<String> out = new ArrayList<>();
        out.add("| clients | relay ÷ mosquitto, max msg/s | ≥ " + TARGET_RATIO + "× | relay p99 at half load | ≤ "
                + TARGET_P99_MILLIS + " ms |");
        out.add("|---|---|---|---|---|");
        for (RoundResult relay : rounds) {
            if (!relay.system().equals(RELAY)) {
                continue;
            }
            Optional<RoundResult> mqtt = rounds.stream()
                    .filter(r -> r.clients() == relay.clients() && !r.system().equals(RELAY)).findFirst();
            String ratio = mqtt.map(m -> f("%.2f", relay.max().rate() / m.max().rate())).orElse("no mosquitto");
            String ratioMet = mqtt.map(m -> relay.max().rate() >= TARGET_RATIO * m.max().rate() ? "met" : "**missed**")
                    .orElse("–");
            double p99 = relay.half().result().latency().millis(99);
            out.add(f("| %d | %s | %s | %.3f ms | %s |", relay.clients(), ratio, ratioMet, p99,
                    p99 <= TARGET_P99_MILLIS ? "met" : "**missed**"));
        }
        return String.join("\n", out) + "\n";
    }

    /** Lost, refused or misrouted messages and dropped connections, one line per round that had any. */
    static String problems(List<RoundResult> rounds) {
        StringBuilder b = new StringBuilder();
        for (RoundResult r : rounds) {
            List<String> notes = new ArrayList<>();
            if (!r.max().problems().isEmpty()) {
                notes.add("max phase: " + r.max().problems());
            }
            for (RoundResult.Paced p : r.paced()) {
                if (!p.result().problems().isEmpty()) {
                    notes.add(f("%.0f %% phase: %s", p.fraction() * 100, p.result().problems()));
                }
            }
            if (r.disconnects() > 0) {
                notes.add(r.disconnects() + " disconnects (first: " + r.firstDisconnect() + ")");
            }
            if (!notes.isEmpty()) {
                b.append(f("- %s, %d clients: %s%n", r.system(), r.clients(), String.join("; ", notes)));
            }
        }
        return b.isEmpty() ? "- none: every message sent arrived, no client was disconnected\n" : b.toString();
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
