package io.linnet.s2.client;

import io.linnet.ixian.stream.StreamMessage;
import io.linnet.s2.message.RelayError;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every callback it gets. */
final class RecordingListener implements S2ClientListener {
    record Received(StreamMessage message, String relay) {}

    record ErrorSeen(RelayError error, String relay) {}

    final List<Received> messages = new CopyOnWriteArrayList<>();
    final List<ErrorSeen> errors = new CopyOnWriteArrayList<>();
    final List<ClientState> states = new CopyOnWriteArrayList<>();
    final List<String> callbackThreads = new CopyOnWriteArrayList<>();

    @Override
    public void onStreamMessage(StreamMessage message, String relay) {
        callbackThreads.add(Thread.currentThread().getName());
        messages.add(new Received(message, relay));
    }

    @Override
    public void onConnectionStateChanged(ClientState state) {
        callbackThreads.add(Thread.currentThread().getName());
        states.add(state);
    }

    @Override
    public void onRelayError(RelayError error, String relay) {
        callbackThreads.add(Thread.currentThread().getName());
        errors.add(new ErrorSeen(error, relay));
    }
}
