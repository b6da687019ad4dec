package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group chats end to end over the in-memory network, standard mode. */
class GroupChatTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(4);
    Crew crew;

    @AfterEach
    void tearDown() {
        crew.close();
    }

    @Test
    void standardGroupWithFullMeshChatsDirectly() {
        crew = new Crew(IDS).connect(true);
        Group g = crew.group("team", false, List.of());
        Peer bob = crew.get(1);
        StoredMessage m = Peer.await(bob.engine.sendText(g.address(), "hello team"));
        for (Peer p : List.of(crew.owner(), crew.get(2), crew.get(3))) {
            Wait.until(() -> Crew.history(p, g.address()).size() == 1, "message at every member");
            StoredMessage got = Crew.history(p, g.address()).getFirst();
            assertEquals("hello team", got.body());
            assertEquals(bob.address(), got.author());
        }
        Wait.until(() -> ChatEngineTest.state(bob, m.key()) == MessageState.DELIVERED, "delivered to all");
        for (Peer p : List.of(crew.owner(), crew.get(2), crew.get(3))) {
            Peer.await(p.engine.markRead(g.address()));
        }
        Wait.until(() -> ChatEngineTest.state(bob, m.key()) == MessageState.READ, "read by all");
        assertTrue(bob.log.of(EngineEvent.MessageStateChanged.class).stream()
                .anyMatch(e -> e.key().equals(m.key()) && e.state() == MessageState.READ));
    }
}
