package io.linnet.chat.engine;

import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.Transport;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.service.ChatEngine;
import io.linnet.chat.store.Backoff;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Database;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.SpixiMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** One engine under test with its database and event log. */
final class Peer implements AutoCloseable {
    static final EngineConfig FAST = EngineConfig.defaults().withTick(Duration.ofMillis(50))
            .withBackoff(new Backoff(Duration.ofMillis(150), 2.0, Duration.ofMillis(800)));

    final UnlockedIdentity id;
    final Database db;
    final ChatEngine engine;
    final EventLog log = new EventLog();

    Peer(UnlockedIdentity id, Database db, Transport transport, EngineConfig config) {
        this.id = id;
        this.db = db;
        this.engine = ChatEngine.start(db, id, transport, Runnable::run, config);
        engine.events().subscribe(log);
    }

    Address address() {
        return id.address();
    }

    Optional<Contact> contact(Peer other) {
        return db.read(tx -> tx.contacts().find(other.address()));
    }

    boolean established(Peer other) {
        return contact(other).map(c -> c.handshakeStatus() == HandshakeStatus.ESTABLISHED).orElse(false);
    }

    List<StoredMessage> history(Peer other) {
        return engine.history(other.address(), 1000);
    }

    /** What waits in this peer's outbox for {@code other}, as the plain SpixiMessages, in queue order. */
    List<SpixiMessage> queuedTo(Peer other) {
        return db.read(tx -> tx.outbox().pendingFor(other.address())).stream().map(e -> {
            try {
                return SpixiMessage.decode(Envelopes.fromPayload(e.payload()).data().toByteArray());
            } catch (ProtocolException x) {
                throw new AssertionError(x);
            }
        }).toList();
    }

    static <T> T await(CompletionStage<T> s) {
        try {
            return s.toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Runs the whole handshake: a adds b, b accepts, both end established. */
    static void connect(Peer a, Peer b) {
        await(a.engine.addContact(b.address()));
        Wait.until(() -> b.contact(a).isPresent(), "the request to arrive");
        await(b.engine.acceptContact(a.address()));
        Wait.until(() -> a.established(b) && b.established(a), "both sides established");
    }

    @Override
    public void close() {
        engine.close();
    }
}
