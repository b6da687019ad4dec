package io.linnet.chat.service;

import io.linnet.chat.core.Transport;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.client.ClientState;
import io.linnet.s2.client.DeliveryResult;
import io.linnet.s2.client.S2Client;
import io.linnet.s2.client.S2ClientListener;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The engine's {@link Transport} over the embedded {@link S2Client}. Callbacks arrive on the client's event
 * thread; the engine hops to its own. The client is the caller's to start and close.
 */
public final class S2Transport implements Transport {
    private final S2Client client;

    public S2Transport(S2Client client) {
        this.client = client;
    }

    @Override
    public CompletionStage<DeliveryResult> send(StreamMessage message) {
        return client.send(message);
    }

    @Override
    public InstantSource networkTime() {
        return client.networkTime();
    }

    @Override
    public void onMessage(Consumer<StreamMessage> receiver) {
        client.addListener(new S2ClientListener() {
            @Override
            public void onStreamMessage(StreamMessage message, String relay) {
                receiver.accept(message);
            }
        });
    }

    @Override
    public boolean online() {
        return client.state().primaryRelay().isPresent();
    }

    @Override
    public CompletionStage<Optional<Instant>> lastSeen(Address who) {
        return client.lookupPresence(who);
    }

    @Override
    public void onOnline(Runnable callback) {
        client.addListener(new S2ClientListener() {
            private boolean online;

            @Override
            public void onConnectionStateChanged(ClientState state) {
                boolean now = state.primaryRelay().isPresent();
                if (now && !online) {
                    callback.run();
                }
                online = now;
            }
        });
    }
}
