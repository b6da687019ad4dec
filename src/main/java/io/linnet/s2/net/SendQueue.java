package io.linnet.s2.net;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The outgoing units of one connection: a high-priority lane (handshake, presence, sector and s2data
 * messages, pings, bye) drained before the normal lane, bounded by a unit count and a byte total. An
 * empty queue always takes one unit, however large. Thread-safe; one writer thread takes.
 */
final class SendQueue {

    /** Bytes to write; {@code byeAfter} marks the final unit, after which the connection hangs up. */
    record Unit(byte[] bytes, boolean frame, boolean ping, io.linnet.s2.message.Bye byeAfter) {}

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<Unit> high = new ArrayDeque<>();
    private final ArrayDeque<Unit> normal = new ArrayDeque<>();
    private final int maxUnits;
    private final long maxBytes;
    private long bytes;
    private boolean closed;

    SendQueue(int maxUnits, long maxBytes) {
        this.maxUnits = maxUnits;
        this.maxBytes = maxBytes;
    }

    /** Adds a unit; false if the queue is closed or (unless {@code force}) full. */
    boolean offer(Unit u, boolean priority, boolean force) {
        lock.lock();
        try {
            int size = high.size() + normal.size();
            if (closed || (!force && size > 0 && (size >= maxUnits || bytes + u.bytes().length > maxBytes))) {
                return false;
            }
            (priority ? high : normal).addLast(u);
            bytes += u.bytes().length;
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The next unit, waiting at most {@code timeoutNanos}; null on timeout or once closed and empty. */
    Unit poll(long timeoutNanos) throws InterruptedException {
        lock.lock();
        try {
            long left = timeoutNanos;
            while (high.isEmpty() && normal.isEmpty()) {
                if (closed || left <= 0) {
                    return null;
                }
                left = notEmpty.awaitNanos(left);
            }
            return next();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next unit, waiting as long as it takes; null once closed and empty. Waits without a timeout on
     * purpose: a timed wait costs a virtual thread a timer set and cancelled for every unit written.
     */
    Unit take() throws InterruptedException {
        lock.lock();
        try {
            while (high.isEmpty() && normal.isEmpty()) {
                if (closed) {
                    return null;
                }
                notEmpty.await();
            }
            return next();
        } finally {
            lock.unlock();
        }
    }

    private Unit next() {
        Unit u = high.isEmpty() ? normal.pollFirst() : high.pollFirst();
        bytes -= u.bytes().length;
        return u;
    }

    boolean isEmpty() {
        lock.lock();
        try {
            return high.isEmpty() && normal.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Refuses further units, drops the waiting ones and wakes the writer. */
    void close() {
        lock.lock();
        try {
            closed = true;
            high.clear();
            normal.clear();
            bytes = 0;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Refuses further units but lets the writer drain what is queued. */
    void seal() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
