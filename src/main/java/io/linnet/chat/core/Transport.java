package io.linnet.chat.core;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.client.DeliveryResult;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * How the engine reaches the network: the S2 client in the app, an in-memory switch in unit tests.
 *
 * <p>{@link #send} never blocks and its stage never completes exceptionally; {@link #onMessage} receivers
 * may be called on any thread (the engine hops to its own).
 */
public interface Transport {
    /** Hands a sealed message to the network; the stage tells what became of it. */
    CompletionStage<DeliveryResult> send(StreamMessage message);

    /** Network time, for message timestamps. */
    InstantSource networkTime();

    /** Registers the receiver of incoming StreamMessages (still sealed). */
    void onMessage(Consumer<StreamMessage> receiver);

    /** Registers a callback for "we (re)gained a connection to the network". */
    default void onOnline(Runnable callback) {}

    /** Whether we are connected to the network now. */
    default boolean online() {
        return true;
    }

    /**
     * Looks up {@code who}'s presence on the network: when it was last signed (network time), or empty if
     * none was found. Never completes exceptionally; may complete on any thread.
     */
    default CompletionStage<Optional<Instant>> lastSeen(Address who) {
        return CompletableFuture.completedFuture(Optional.empty());
    }
}
