package io.linnet.ui.common;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of a form's one long-running action: busy while it runs (the view disables its button and
 * shows progress), and the last failure as a sentence. Use on the JavaFX thread.
 */
public final class Busy {
    private final UiThreads threads;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public Busy(UiThreads threads) {
        this.threads = threads;
    }

    /** Starts the action unless one is running; {@code ok} gets its result on the JavaFX thread. */
    public <T> void run(Supplier<? extends CompletionStage<T>> action, Consumer<? super T> ok) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        CompletionStage<T> stage;
        try {
            stage = action.get();
        } catch (RuntimeException e) {
            busy.set(false);
            error.set(ErrorText.of(e));
            return;
        }
        threads.when(stage, v -> {
            busy.set(false);
            ok.accept(v);
        }, e -> {
            busy.set(false);
            error.set(ErrorText.of(e));
        });
    }

    /** Shows a problem found before any action started (a form check). */
    public void fail(String sentence) {
        error.set(sentence);
    }

    public void clearError() {
        error.set("");
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public boolean isBusy() {
        return busy.get();
    }
}
