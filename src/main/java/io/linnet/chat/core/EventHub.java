package io.linnet.chat.core;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.EngineEvents;
import io.linnet.chat.store.Transaction;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link EngineEvents}: events are queued on a transaction and handed to the injected executor
 * only once that transaction has committed. Listeners are called on that executor; a listener that throws is
 * logged. Thread-safe.
 */
public final class EventHub implements EngineEvents {
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    private final Executor executor;
    private final List<Consumer<? super EngineEvent>> listeners = new CopyOnWriteArrayList<>();

    public EventHub(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public Subscription subscribe(Consumer<? super EngineEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Publishes {@code event} after {@code tx} commits (never if it rolls back). */
    public void afterCommit(Transaction tx, EngineEvent event) {
        Objects.requireNonNull(event, "event");
        tx.afterCommit(() -> publish(event));
    }

    /** Publishes an event that has no database change behind it (typing). */
    public void publish(EngineEvent event) {
        executor.execute(() -> {
            for (Consumer<? super EngineEvent> l : listeners) {
                try {
                    l.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("event listener failed on {}", event.getClass().getSimpleName(), e);
                }
            }
        });
    }
}
