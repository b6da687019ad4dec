package io.linnet.chat.core;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs a use case on the engine thread: the stage completes there after the work returned (and with it
 * the transactions it committed), or exceptionally with what it threw. A closed engine fails the stage
 * with {@link io.linnet.chat.api.ChatException} at once.
 */
@FunctionalInterface
public interface EngineThread {
    <T> CompletionStage<T> submit(Supplier<T> work);
}
