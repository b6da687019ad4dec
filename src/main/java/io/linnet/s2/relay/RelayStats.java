package io.linnet.s2.relay;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** The live counters of a relay; {@link #snapshot()} reads them all at once. Thread-safe. */
final class RelayStats {
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger sessions = new AtomicInteger();
    final LongAdder accepted = new LongAdder();
    final LongAdder refusedFull = new LongAdder();
    final LongAdder framesIn = new LongAdder();
    final LongAdder framesOut = new LongAdder();
    final LongAdder forwarded = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder errorsReplied = new LongAdder();
    final LongAdder cutOff = new LongAdder();

    RelayStatsSnapshot snapshot(int presences, int relays, int links) {
        return new RelayStatsSnapshot(connections.get(), sessions.get(), accepted.sum(), refusedFull.sum(),
                framesIn.sum(), framesOut.sum(), forwarded.sum(), rejected.sum(), errorsReplied.sum(), cutOff.sum(),
                presences, relays, links);
    }
}
