package io.linnet.ui.common;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two places UI work runs: the JavaFX thread ({@code fx}, {@code Platform::runLater} in the app) and a
 * background executor for database reads and anything else that may block. View-models never block the
 * JavaFX thread: reads go to the background and their results come back through {@code fx}; engine calls
 * return stages whose results come back the same way.
 */
public final class UiThreads {
    private static final Logger LOG = LoggerFactory.getLogger(UiThreads.class);
    private final Executor fx;
    private final Executor background;

    public UiThreads(Executor fx, Executor background) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.background = Objects.requireNonNull(background, "background");
    }

    public Executor fx() {
        return fx;
    }

    public Executor background() {
        return background;
    }

    /** Runs {@code query} in the background and hands its result to {@code onFx} on the JavaFX thread. */
    public <T> CompletionStage<T> read(Supplier<T> query, Consumer<? super T> onFx) {
        CompletableFuture<T> f = CompletableFuture.supplyAsync(query, background);
        f.whenCompleteAsync((v, e) -> {
            if (e != null) {
                LOG.warn("background read failed", unwrap(e));
            } else {
                onFx.accept(v);
            }
        }, fx);
        return f;
    }

    /** Runs {@code work} in the background. */
    public CompletionStage<Void> run(Runnable work) {
        return CompletableFuture.runAsync(work, background);
    }

    /**
     * Hands the outcome of {@code stage} to {@code ok} or {@code failed} (with the cause unwrapped) on the
     * JavaFX thread.
     */
    public <T> void when(CompletionStage<T> stage, Consumer<? super T> ok, Consumer<? super Throwable> failed) {
        stage.whenCompleteAsync((v, e) -> {
            if (e != null) {
                failed.accept(unwrap(e));
            } else {
                ok.accept(v);
            }
        }, fx);
    }

    /** The cause a stage really failed with, without the {@link CompletionException} wrappers. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
