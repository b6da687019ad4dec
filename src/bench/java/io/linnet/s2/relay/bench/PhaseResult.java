package io.linnet.s2.relay.bench;

/**
 * What one measured phase gave.
 *
 * @param rate          messages that arrived per second during the measured time
 * @param latency       one-way latencies of those messages
 * @param cpu           CPU used meanwhile by the server, the benchmark's clients and everything else
 * @param lost          sent in the phase but not arrived a few seconds after it ended
 * @param refused       sends the client stack refused (full or closed queue)
 * @param undeliverable "recipient not here" answers from the server
 * @param misrouted     arrivals from a client other than the receiver's partner
 */
record PhaseResult(double rate, Samples.Percentiles latency, CpuMeter.Usage cpu, long lost, long refused,
        long undeliverable, long misrouted) {

    PhaseResult withLost(long n) {
        return new PhaseResult(rate, latency, cpu, n, refused, undeliverable, misrouted);
    }

    /** Anything that went wrong, for the report's notes; "" when all is well. */
    String problems() {
        StringBuilder b = new StringBuilder();
        append(b, lost, "lost");
        append(b, refused, "refused by the client stack");
        append(b, undeliverable, "answered undeliverable");
        append(b, misrouted, "misrouted");
        return b.toString();
    }

    private static void append(StringBuilder b, long n, String what) {
        if (n > 0) {
            b.append(b.isEmpty() ? "" : ", ").append(n).append(' ').append(what);
        }
    }
}
