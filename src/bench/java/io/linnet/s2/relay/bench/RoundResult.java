package io.linnet.s2.relay.bench;

import java.util.List;

/**
 * One system with one number of clients: maximum throughput, then latency at fractions of it.
 *
 * @param system          "Linnet relay" or the broker's version line
 * @param clients         connected clients (pairs × 2)
 * @param payloadBytes    bytes of every message body
 * @param max             the closed-loop phase
 * @param paced           the paced phases, half load first
 * @param disconnects     clients whose connection ended during the round
 * @param firstDisconnect the first of those, or ""
 */
record RoundResult(String system, int clients, int payloadBytes, PhaseResult max, List<Paced> paced, long disconnects,
        String firstDisconnect) {

    /** A paced phase at {@code fraction} of the maximum, i.e. a total send rate of {@code rate}. */
    record Paced(double fraction, double rate, PhaseResult result) {}

    /** The half-load phase (the target's). */
    Paced half() {
        return paced.getFirst();
    }
}
