package io.linnet.s2.net;

import io.linnet.s2.message.Bye;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What one connection still has to write: a high-priority lane (handshake, presence, sector and s2data
 * messages, pings, bye) drained before the normal lane, bounded by a unit count and a byte total (an
 * empty queue always takes one unit, however large), and the unit a previous write left half done,
 * which always goes first. Thread-safe: any thread offers, loop threads {@link #flush} (one at a time,
 * under the lock, with non-blocking writes).
 *
 * <p>Everything sent goes through here, in order, so a frame written at once by a loop thread and frames
 * that waited for the socket to drain can never overtake each other. While the socket is full
 * ({@link #isBlocked()}) only the owning loop writes, when the selector reports it writable.
 */
final class Outbound {

    /** What a unit is, for the connection's counters. */
    enum Kind { FRAME, PING, TIME_SAMPLES }

    /** Bytes to write; {@code byeAfter} marks the final unit, after which the connection hangs up. */
    record Unit(ByteBuffer bytes, boolean priority, Kind kind, Bye byeAfter) {}

    /** What {@link #offer} did. */
    enum Offer { REFUSED, QUEUED, QUEUED_FLUSH_NEEDED }

    /** Where a {@link #flush} left the queue. */
    enum State { EMPTY, BLOCKED, SKIPPED }

    /** Told about every unit once its last byte is written (called under the lock, on the flushing thread). */
    interface Written {
        void written(Unit u);
    }

    /** Most gather-and-write rounds in one flush, so one busy connection cannot hold a loop for long. */
    private static final int MAX_ROUNDS = 16;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Unit> high = new ArrayDeque<>();
    private final ArrayDeque<Unit> normal = new ArrayDeque<>();
    private final List<Unit> batch = new ArrayList<>();
    private final int maxUnits;
    private final long maxBytes;
    private Unit current;
    private long bytes;
    private boolean closed;
    private boolean flushScheduled;
    /** Written under the lock, read without it by the owner's clock check. */
    private volatile boolean blocked;
    private volatile long progress;

    Outbound(int maxUnits, long maxBytes) {
        this.maxUnits = maxUnits;
        this.maxBytes = maxBytes;
    }

    /**
     * Adds a unit at the end of its lane; refused if the queue is closed or (unless {@code force}) full.
     * {@code QUEUED_FLUSH_NEEDED} asks the caller to arrange a {@link #flush}; no flush is pending yet.
     */
    Offer offer(Unit u, boolean force) {
        lock.lock();
        try {
            int size = units();
            if (closed || (!force && size > 0 && (size >= maxUnits || bytes + u.bytes().remaining() > maxBytes))) {
                return Offer.REFUSED;
            }
            (u.priority() ? high : normal).addLast(u);
            bytes += u.bytes().remaining();
            return scheduled();
        } finally {
            lock.unlock();
        }
    }

    /** Puts a unit before everything queued (nothing may have been written yet: the time samples). */
    Offer first(Unit u) {
        lock.lock();
        try {
            high.addFirst(u);
            bytes += u.bytes().remaining();
            return scheduled();
        } finally {
            lock.unlock();
        }
    }

    private Offer scheduled() {
        if (flushScheduled || blocked) {
            return Offer.QUEUED;
        }
        flushScheduled = true;
        return Offer.QUEUED_FLUSH_NEEDED;
    }

    /**
     * Writes as much as the socket takes without blocking. {@code writable} is the owning loop answering
     * the selector; any other flush leaves a blocked queue alone ({@link State#SKIPPED}) because the owner
     * will write it. Gathers up to one buffer's worth of units per write; a unit cut short stays first.
     */
    State flush(WritableByteChannel channel, ByteBuffer scratch, boolean writable, Written done) throws IOException {
        lock.lock();
        try {
            flushScheduled = false;
            if (closed && current == null && high.isEmpty() && normal.isEmpty()) {
                return State.EMPTY;
            }
            if (blocked && !writable) {
                return State.SKIPPED;
            }
            for (int round = 0; round < MAX_ROUNDS; round++) {
                if (units() == 0) {
                    blocked = false;
                    return State.EMPTY;
                }
                int copied = gather(scratch);
                int n = channel.write(scratch);
                progress += n;
                settle(n, done);
                if (n < copied) {
                    blocked = true;
                    return State.BLOCKED;
                }
            }
            blocked = units() > 0;
            return blocked ? State.BLOCKED : State.EMPTY;
        } finally {
            lock.unlock();
        }
    }

    /** Copies the next units into {@code scratch} (cleared, then flipped for writing); returns the byte count. */
    private int gather(ByteBuffer scratch) {
        scratch.clear();
        batch.clear();
        while (scratch.hasRemaining()) {
            Unit u = takeNext();
            if (u == null) {
                break;
            }
            batch.add(u);
            ByteBuffer b = u.bytes();
            int n = Math.min(b.remaining(), scratch.remaining());
            scratch.put(scratch.position(), b, b.position(), n);
            scratch.position(scratch.position() + n);
        }
        scratch.flip();
        return scratch.remaining();
    }

    private Unit takeNext() {
        if (current != null) {
            Unit u = current;
            current = null;
            return u;
        }
        return high.isEmpty() ? normal.pollFirst() : high.pollFirst();
    }

    /** Accounts {@code n} written bytes to the batch in order; what is left goes back to the front. */
    private void settle(int n, Written done) {
        int i = 0;
        for (; i < batch.size(); i++) {
            Unit u = batch.get(i);
            ByteBuffer b = u.bytes();
            int take = Math.min(n, b.remaining());
            b.position(b.position() + take);
            bytes -= take;
            n -= take;
            if (b.hasRemaining()) {
                break;
            }
            done.written(u);
        }
        if (i < batch.size()) {
            for (int j = batch.size() - 1; j > i; j--) {
                Unit u = batch.get(j);
                (u.priority() ? high : normal).addFirst(u);
            }
            current = batch.get(i);
        }
        batch.clear();
    }

    private int units() {
        return high.size() + normal.size() + (current == null ? 0 : 1);
    }

    /** Total bytes ever written; a stalled peer shows no change. */
    long progress() {
        return progress;
    }

    boolean isEmpty() {
        lock.lock();
        try {
            return units() == 0;
        } finally {
            lock.unlock();
        }
    }

    /** True while the socket did not take everything and the owning loop waits for it to drain. */
    boolean isBlocked() {
        return blocked;
    }

    /** Refuses further units, drops the waiting ones. */
    void close() {
        lock.lock();
        try {
            closed = true;
            current = null;
            high.clear();
            normal.clear();
            bytes = 0;
        } finally {
            lock.unlock();
        }
    }

    /** Refuses further units but keeps what is queued for writing. */
    void seal() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
    }
}
