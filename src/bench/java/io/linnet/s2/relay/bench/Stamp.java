package io.linnet.s2.relay.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The 16 bytes the benchmark writes into every message body, at an offset each transport knows: the
 * sender's {@link System#nanoTime()} when it handed the message to its client stack (i64), the phase the
 * message belongs to (i32) and the sending client's index (i32). Sender and receiver live in one JVM, so
 * the receiver's {@code nanoTime} minus the stamp is the one-way latency.
 */
final class Stamp {
    static final int LENGTH = 16;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Stamp() {}

    static void write(byte[] into, int offset, long nanos, int phase, int from) {
        LONG.set(into, offset, nanos);
        INT.set(into, offset + 8, phase);
        INT.set(into, offset + 12, from);
    }

    static long nanos(byte[] b, int offset) {
        return (long) LONG.get(b, offset);
    }

    static int phase(byte[] b, int offset) {
        return (int) INT.get(b, offset + 8);
    }

    static int from(byte[] b, int offset) {
        return (int) INT.get(b, offset + 12);
    }
}
