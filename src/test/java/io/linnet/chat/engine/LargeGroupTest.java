package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Backoff;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.CreateGroupMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Groups beyond Spixi's 10 participants: an owner and 250 members, all Linnet engines on the in-memory
 * network, in privacy mode and in standard mode (members who do not know each other, so everything goes
 * through the owner). Every member joins, a member's message reaches all 250 others and is delivered.
 */
class LargeGroupTest {
    static final int MEMBERS = 250;
    static final EngineConfig CALM = EngineConfig.defaults().withTick(Duration.ofMillis(500))
            .withBackoff(new Backoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(10)));
    static final Duration LONG = Duration.ofMinutes(3);
    static Crew crew;

    @BeforeAll
    static void setUp() {
        List<UnlockedIdentity> ids = TestIdentities.identities(MEMBERS + 1);
        crew = new Crew(ids, CALM);
        Peer owner = crew.owner();
        for (Peer m : crew.members()) {
            Peer.await(owner.engine.addContact(m.address()));
        }
        Wait.until(LONG, () -> crew.members().stream().allMatch(m -> m.contact(owner).isPresent()), () -> "every request");
        for (Peer m : crew.members()) {
            Peer.await(m.engine.acceptContact(owner.address()));
        }
        Wait.until(LONG, () -> crew.members().stream().allMatch(m -> m.established(owner) && owner.established(m)),
                () -> "every contact established");
    }

    @AfterAll
    static void tearDown() {
        crew.close();
    }

    static Group bigGroup(boolean hide) {
        List<Address> members = crew.members().stream().map(Peer::address).toList();
        Group g = Peer.await(crew.owner().engine.groups().create(hide ? "hidden crowd" : "crowd", members, hide, List.of()));
        Wait.until(LONG, () -> crew.members().stream().allMatch(m -> m.engine.groups().members(g.address()).size() == MEMBERS + 1),
                () -> "all " + MEMBERS + " joined");
        return g;
    }

    static void chatReachesEveryone(Group g) {
        Peer author = crew.get(MEMBERS / 2);
        StoredMessage m = Peer.await(author.engine.sendText(g.address(), "hello, crowd"));
        Wait.until(LONG, () -> crew.peers.stream().allMatch(p -> Crew.history(p, g.address()).size() == 1), () -> "everyone has it");
        for (Peer p : crew.peers) {
            assertEquals(m.author(), Crew.history(p, g.address()).getFirst().author());
        }
        Wait.until(LONG, () -> ChatEngineTest.state(author, m.key()) == MessageState.DELIVERED, () -> "delivered to all " + MEMBERS);
        assertEquals(MEMBERS, (int) author.db.read(tx -> tx.receipts().count(m.key(), io.linnet.chat.store.ReceiptKind.DELIVERED)));
    }

    @Test
    void aPrivacyGroupOf251() {
        Group g = bigGroup(true);
        assertTrue(MEMBERS > CreateGroupMessage.SPIXI_MAX_PARTICIPANTS);
        List<GroupMember> seen = crew.get(1).engine.groups().members(g.address());
        assertEquals(MEMBERS + 1, seen.size());
        assertTrue(seen.stream().skip(1).noneMatch(x -> crew.peers.stream().anyMatch(p -> p.address().equals(x.address()))),
                "nobody but the owner by a real address");
        chatReachesEveryone(g);
    }

    @Test
    void aStandardGroupOf251() {
        Group g = bigGroup(false);
        chatReachesEveryone(g);
    }
}
