package io.linnet.s2.relay.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives one {@link Fleet} through the two measured phases and counts what arrives.
 *
 * <p><b>Closed loop</b> (maximum throughput): every client starts with {@code window} messages to its
 * partner; each arrival lets the sender send one more, so at most {@code window} messages per client
 * are ever in flight and nothing queues without bound. After a warm-up, arrivals are counted for a
 * fixed time.
 *
 * <p><b>Paced</b> (latency at a given load): every client sends at {@code rate / N} messages per second,
 * at its own random phase, whether or not earlier messages arrived (open loop; one pacer thread sends
 * for all clients and catches up when it falls behind). After a warm-up, every arrival's one-way
 * latency is kept.
 *
 * <p>Messages carry the phase number, so late arrivals of an earlier phase are not counted.
 */
final class Workload implements Fleet.Delivery {
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final Samples samples = new Samples();
    private final LongAdder sent = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder arrived = new LongAdder();
    private final LongAdder measured = new LongAdder();
    private final LongAdder stale = new LongAdder();
    private final LongAdder misrouted = new LongAdder();
    private final LongAdder undeliverable = new LongAdder();
    private volatile Fleet fleet;
    private volatile int phase;
    private volatile boolean closedLoop;
    private volatile boolean measuring;

    /** The fleet this workload sends through (it needs the workload as its delivery first). */
    void attach(Fleet f) {
        this.fleet = f;
    }

    @Override
    public void delivered(int to, int from, long nanos, int messagePhase) {
        long now = System.nanoTime();
        if (messagePhase != phase) {
            stale.increment();
            return;
        }
        arrived.increment();
        if (from != Fleet.partner(to)) {
            misrouted.increment();
        }
        if (measuring) {
            measured.increment();
            samples.add(now - nanos);
        }
        if (closedLoop) {
            send(from);
        }
    }

    @Override
    public void undeliverable(int to) {
        undeliverable.increment();
    }

    private void send(int from) {
        if (fleet.send(from, System.nanoTime(), phase)) {
            sent.increment();
        } else {
            refused.increment();
        }
    }

    /** Maximum throughput with {@code window} messages in flight per client. */
    PhaseResult closedLoop(int window, Duration warmup, Duration measure, CpuMeter cpu) throws InterruptedException {
        begin();
        closedLoop = true;
        for (int w = 0; w < window; w++) {
            for (int i = 0; i < fleet.size(); i++) {
                send(i);
            }
        }
        Thread.sleep(warmup);
        PhaseResult r = measureFor(measure, cpu);
        closedLoop = false;
        return r.withLost(drain());
    }

    /** Latency with every client sending its share of {@code totalRate} messages per second. */
    PhaseResult paced(double totalRate, Duration warmup, Duration measure, CpuMeter cpu) throws InterruptedException {
        begin();
        long start = System.nanoTime() + 50_000_000L;
        long end = start + warmup.toNanos() + measure.toNanos() + 100_000_000L;
        Schedule schedule = new Schedule(fleet.size(), totalRate, start);
        Thread pacer = Thread.ofPlatform().name("pacer").start(() -> pace(schedule, end));
        sleepUntil(start + warmup.toNanos());
        PhaseResult r = measureFor(measure, cpu);
        pacer.join();
        return r.withLost(drain());
    }

    /** Sends every message of the schedule at its time (late ones at once) until {@code end}. */
    private void pace(Schedule schedule, long end) {
        for (long k = 0; ; k++) {
            long due = schedule.time(k);
            if (due >= end) {
                return;
            }
            sleepUntil(due);
            send(schedule.client(k));
        }
    }

    /**
     * When each client sends: every {@code N / rate} seconds, each at its own random offset within that
     * period. Sorting the offsets gives one periodic sequence of (time, client) for all clients, which a
     * single thread walks: no thread per client and no wake-up per message when messages are close.
     */
    private static final class Schedule {
        private final long period;
        private final long[] offsets;
        private final int[] clients;
        private final long start;

        Schedule(int n, double totalRate, long start) {
            this.period = (long) (1e9 * n / totalRate);
            this.start = start;
            SplittableRandom random = new SplittableRandom(n);
            long[][] pairs = new long[n][];
            for (int i = 0; i < n; i++) {
                pairs[i] = new long[] {random.nextLong(period), i};
            }
            Arrays.sort(pairs, Comparator.comparingLong(p -> p[0]));
            offsets = new long[n];
            clients = new int[n];
            for (int i = 0; i < n; i++) {
                offsets[i] = pairs[i][0];
                clients[i] = (int) pairs[i][1];
            }
        }

        long time(long k) {
            return start + (k / offsets.length) * period + offsets[(int) (k % offsets.length)];
        }

        int client(long k) {
            return clients[(int) (k % clients.length)];
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private void begin() {
        closedLoop = false;
        measuring = false;
        phase++;
        sent.reset();
        refused.reset();
        arrived.reset();
        measured.reset();
        stale.reset();
        misrouted.reset();
        undeliverable.reset();
        samples.reset();
    }

    private PhaseResult measureFor(Duration measure, CpuMeter cpu) throws InterruptedException {
        CpuMeter.Snapshot before = cpu.snapshot();
        long t0 = System.nanoTime();
        measuring = true;
        Thread.sleep(measure);
        measuring = false;
        long t1 = System.nanoTime();
        CpuMeter.Usage usage = cpu.since(before);
        double seconds = (t1 - t0) / 1e9;
        return new PhaseResult(measured.sum() / seconds, samples.percentiles(), usage, 0, refused.sum(),
                undeliverable.sum(), misrouted.sum());
    }

    /** Waits until every message sent in this phase arrived (at most {@link #DRAIN}); returns how many did not. */
    private long drain() throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (arrived.sum() < sent.sum() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return Math.max(0, sent.sum() - arrived.sum());
    }
}
