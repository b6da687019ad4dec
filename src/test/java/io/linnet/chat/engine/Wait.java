package io.linnet.chat.engine;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or the time is up. */
final class Wait {
    private Wait() {}

    static void until(Duration max, BooleanSupplier cond, Supplier<String> what) {
        long end = System.nanoTime() + max.toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static void until(BooleanSupplier cond, String what) {
        until(Duration.ofSeconds(20), cond, () -> what);
    }
}
