package io.linnet.s2.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events to the registered {@link S2ClientListener}s and completes send results, all on one
 * event executor, so that no listener code and no dependent stage of a send result ever runs on the
 * engine thread. Thread-safe.
 */
final class ListenerHub {
    private static final Logger log = LoggerFactory.getLogger(ListenerHub.class);

    private final Executor events;
    private final List<S2ClientListener> listeners = new CopyOnWriteArrayList<>();

    ListenerHub(Executor events) {
        this.events = events;
    }

    void add(S2ClientListener l) {
        listeners.add(l);
    }

    void remove(S2ClientListener l) {
        listeners.remove(l);
    }

    /** Calls {@code call} for every listener, later, on the event executor. */
    void fire(Consumer<S2ClientListener> call) {
        run(() -> {
            for (S2ClientListener l : listeners) {
                try {
                    call.accept(l);
                } catch (RuntimeException e) {
                    log.warn("S2 client listener {} threw", l, e);
                }
            }
        });
    }

    /** Completes a send's result (or a lookup's answer) on the event executor. */
    <T> void complete(CompletableFuture<T> f, T r) {
        run(() -> f.complete(r));
    }

    private void run(Runnable r) {
        try {
            events.execute(r);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            r.run();
        }
    }
}
