package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Presence for the UI over the in-memory network: a fresh presence or a message makes a contact online, a
 * stale or missing presence (and no message lately) offline; nothing is looked up while we are offline.
 * Lookups every 200 ms, fresh for 1 s.
 */
class ContactPresenceTest extends TwoPeerTestBase {
    @Override
    EngineConfig config() {
        return Peer.FAST.withPresence(Duration.ofMillis(200), Duration.ofSeconds(1));
    }

    List<Boolean> bobAtAlice() {
        return alice.log.of(EngineEvent.PresenceChanged.class).stream().filter(e -> e.contact().equals(bob.address()))
                .map(EngineEvent.PresenceChanged::online).toList();
    }

    void waitFor(boolean online, String what) {
        Wait.until(() -> alice.engine.isOnline(bob.address()) == online && !bobAtAlice().isEmpty()
                && bobAtAlice().getLast() == online, what);
    }

    @Test
    void messagesAndAFreshPresenceMeanOnlineAStaleOrNoPresenceOffline() {
        waitFor(true, "online: bob's handshake messages arrived");
        waitFor(false, "offline: no presence and nothing heard for a second");
        net.presence = a -> a.equals(bob.address()) ? Optional.of(Instant.now().minusMillis(300)) : Optional.empty();
        waitFor(true, "online: a presence signed 300 ms ago");
        net.presence = a -> Optional.of(Instant.now().minusSeconds(5));
        waitFor(false, "offline: the presence is five seconds old");
        int changes = bobAtAlice().size();
        Peer.await(bob.engine.sendText(alice.address(), "still here"));
        waitFor(true, "online: a message from bob");
        assertEquals(List.of(true, false, true, false, true), bobAtAlice());
        assertEquals(changes + 1, bobAtAlice().size(), "one event per change");
    }

    @Test
    void nothingIsLookedUpWhileWeAreOfflineAndNobodyIsOnline() throws InterruptedException {
        net.presence = a -> Optional.of(Instant.now());
        waitFor(true, "online");
        net.setOnline(alice.address(), false);
        waitFor(false, "everyone offline while we are");
        AtomicInteger asked = net.lookups.computeIfAbsent(alice.address(), x -> new AtomicInteger());
        int before = asked.get();
        Thread.sleep(1000);
        assertEquals(before, asked.get(), "no lookup in five refresh periods while offline");
        assertFalse(alice.engine.isOnline(bob.address()));
        net.setOnline(alice.address(), true);
        waitFor(true, "online again once we are");
        assertTrue(asked.get() > before);
    }
}
