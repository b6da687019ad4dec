package io.linnet.chat.api;

import java.util.function.Consumer;

/**
 * Subscription to {@link EngineEvent}s.
 *
 * <p>Thread contract: every listener is called on the {@link java.util.concurrent.Executor} the engine was
 * built with (the desktop app passes {@code Platform::runLater}, tests a direct executor), one event at a
 * time per listener in the order the changes were committed, and never before the database commit that
 * made the change. A listener that throws is logged and keeps its subscription.
 */
public interface EngineEvents {

    /** A registration; closing it stops further calls (idempotent). */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Starts calling {@code listener} for every event from now on. */
    Subscription subscribe(Consumer<? super EngineEvent> listener);
}
