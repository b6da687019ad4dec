package io.linnet.ui.common;

import io.linnet.chat.api.EngineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine events for the view-models, batched onto the JavaFX thread: the engine hands each event to
 * {@link #accept} on its own thread; the first event of a burst schedules one task on the UI executor,
 * which then delivers every event queued until it runs, in order, to every listener. A thousand events in
 * a burst cost one hop, not a thousand.
 */
public final class UiEvents implements Consumer<EngineEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(UiEvents.class);
    private final Executor fx;
    private final List<Consumer<? super EngineEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private List<EngineEvent> queue = new ArrayList<>();
    private boolean scheduled;
    private long batches;

    public UiEvents(Executor fx) {
        this.fx = fx;
    }

    /** Called by the engine (any thread). */
    @Override
    public void accept(EngineEvent event) {
        boolean schedule;
        synchronized (lock) {
            queue.add(event);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            fx.execute(this::drain);
        }
    }

    private void drain() {
        List<EngineEvent> batch;
        synchronized (lock) {
            batch = queue;
            queue = new ArrayList<>();
            scheduled = false;
            batches++;
        }
        for (EngineEvent e : batch) {
            for (Consumer<? super EngineEvent> l : listeners) {
                try {
                    l.accept(e);
                } catch (RuntimeException ex) {
                    LOG.warn("UI listener failed on {}", e, ex);
                }
            }
        }
    }

    /** Adds a listener (called on the JavaFX thread); the returned action removes it. */
    public Runnable listen(Consumer<? super EngineEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many hops to the UI executor delivered events so far. */
    public long batches() {
        synchronized (lock) {
            return batches;
        }
    }
}
