package io.linnet.cli.daemon;

import io.linnet.chat.api.ChatException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for an engine use case and maps its refusals: {@link ChatException} → 409, bad arguments → 400. */
final class Stages {
    /** The engine answers within milliseconds; this only guards against a wedged engine. */
    private static final long TIMEOUT_SECONDS = 60;

    private Stages() {}

    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted");
        } catch (TimeoutException e) {
            throw new ApiException(503, "the engine did not answer within " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof ChatException c) {
                throw ApiException.conflict(c.getMessage());
            }
            if (cause instanceof IllegalArgumentException iae) {
                throw ApiException.badRequest(iae.getMessage());
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }
}
