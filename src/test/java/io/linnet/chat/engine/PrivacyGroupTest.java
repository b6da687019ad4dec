package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.OutboxEntry;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Privacy ("blind") mode: members know each other only by virtual addresses and talk only to the owner,
 * who relays under those addresses — also when it was offline for a while.
 */
class PrivacyGroupTest extends CrewTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(4);


    static Address virtual(Group g, Peer p) {
        return GroupAddress.derive(p.address(), g.randomId().toByteArray());
    }

    Group hiddenGroup() {
        crew = new Crew(IDS).connect(false);
        for (Peer m : crew.members()) {
            Peer.await(owner().engine.setLocalNickname(m.address(), "local-" + crew.peers.indexOf(m)));
        }
        Peer.await(bob().engine.setProfile("Bob", Bytes.EMPTY));
        Wait.until(() -> "Bob".equals(owner().contact(bob()).orElseThrow().nickname()), "bob's nick at the owner");
        return crew.group("hidden", true, List.of());
    }

    @Test
    void membersSeeTheOwnerAndVirtualAddressesWithTheOwnersNicknames() {
        Group g = hiddenGroup();
        List<Address> virtuals = crew.members().stream().map(p -> virtual(g, p)).toList();
        for (Peer m : crew.members()) {
            List<GroupMember> seen = m.engine.groups().members(g.address());
            assertEquals(owner().address(), seen.getFirst().address());
            assertEquals(virtuals, seen.subList(1, 4).stream().map(GroupMember::address).toList());
            assertTrue(seen.stream().allMatch(x -> x.realAddress() == null));
            assertEquals(List.of("Bob", "local-2", "local-3"), seen.subList(1, 4).stream().map(GroupMember::nickname).toList());
            assertTrue(m.engine.groups().find(g.address()).orElseThrow().hideParticipants());
        }
        List<GroupMember> atOwner = owner().engine.groups().members(g.address());
        assertEquals(virtuals, atOwner.subList(1, 4).stream().map(GroupMember::address).toList());
        assertEquals(crew.members().stream().map(Peer::address).toList(),
                atOwner.subList(1, 4).stream().map(GroupMember::realAddress).toList());
    }

    @Test
    void membersTalkToTheOwnerOnlyWhoRelaysUnderVirtualAddresses() {
        Group g = hiddenGroup();
        StoredMessage m = Peer.await(bob().engine.sendText(g.address(), "psst"));
        assertEquals(virtual(g, bob()), m.author());
        for (Peer p : List.of(owner(), carol(), dave())) {
            Wait.until(() -> Crew.history(p, g.address()).size() == 1, "relayed to " + p.address());
            assertEquals(virtual(g, bob()), Crew.history(p, g.address()).getFirst().author());
        }
        assertTrue(crew.net.sentFrom(bob().address()).stream().allMatch(s -> s.recipient().equals(owner().address())));
        SpixiMessage fromBob = Forge.sent(crew.net, bob(), owner()).stream().filter(Forge::isChat)
                .findFirst().orElseThrow();
        assertNull(fromBob.groupSenderAddress(), "in privacy mode the owner knows the sender from the transport");
        SpixiMessage toCarol = Forge.sent(crew.net, owner(), carol()).stream().filter(Forge::isChat)
                .findFirst().orElseThrow();
        assertEquals(virtual(g, bob()), toCarol.groupSenderAddress());
        Wait.until(() -> ChatEngineTest.state(bob(), m.key()) == MessageState.DELIVERED, "delivered");
        for (Peer p : List.of(owner(), carol(), dave())) {
            Peer.await(p.engine.markRead(g.address()));
        }
        Wait.until(() -> ChatEngineTest.state(bob(), m.key()) == MessageState.READ, "read");
        List<Address> readers = bob().db.read(tx -> tx.receipts().receipts(m.key())).stream()
                .filter(r -> r.kind() == io.linnet.chat.store.ReceiptKind.READ).map(r -> r.recipient()).sorted(
                        java.util.Comparator.comparing(Address::toString)).toList();
        List<Address> expected = new ArrayList<>(List.of(owner().address(), virtual(g, carol()), virtual(g, dave())));
        expected.sort(java.util.Comparator.comparing(Address::toString));
        assertEquals(expected, readers);

        StoredMessage o = Peer.await(owner().engine.sendText(g.address(), "owner speaking"));
        for (Peer p : crew.members()) {
            Wait.until(() -> Crew.history(p, g.address()).size() == 2, "owner's message");
            assertEquals(owner().address(), Crew.history(p, g.address()).getLast().author());
        }
        Wait.until(() -> ChatEngineTest.state(owner(), o.key()) == MessageState.DELIVERED, "owner's delivered");
    }

    @Test
    void editsReactionsAndDeletesTravelThroughTheOwner() {
        Group g = hiddenGroup();
        StoredMessage m = Peer.await(bob().engine.sendText(g.address(), "typo"));
        crew.peers.forEach(p -> Wait.until(() -> Crew.history(p, g.address()).size() == 1, "message"));
        Peer.await(bob().engine.edit(m.key(), "no typo"));
        Peer.await(carol().engine.react(m.key(), "🎉"));
        for (Peer p : crew.peers) {
            Wait.until(() -> "no typo".equals(ChatEngineTest.body(p, m.key())), "edit");
            Wait.until(() -> p.engine.reactions(m.key()).size() == 1, "reaction");
            assertEquals(virtual(g, carol()), p.engine.reactions(m.key()).getFirst().sender());
        }
        StoredMessage c = Peer.await(carol().engine.sendText(g.address(), "rude"));
        crew.peers.forEach(p -> Wait.until(() -> Crew.history(p, g.address()).size() == 2, "second"));
        Peer.await(owner().engine.deleteForEveryone(c.key()));
        Peer.await(bob().engine.deleteForEveryone(m.key()));
        for (Peer p : crew.peers) {
            Wait.until(() -> p.db.read(tx -> tx.messages().find(m.key()).orElseThrow().deleted()
                    && tx.messages().find(c.key()).orElseThrow().deleted()), "both deleted");
        }
    }

    @Test
    void withTheOwnerOfflineMembersMessagesWaitInTheirOutboxAndAllArriveWhenItReturns() {
        Group g = hiddenGroup();
        crew.net.setOnline(owner().address(), false);
        List<StoredMessage> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (Peer p : List.of(bob(), carol())) {
                StoredMessage m = Peer.await(p.engine.sendText(g.address(), p.address().toString().substring(0, 4) + i));
                sent.add(m);
                // the history row and its outbox entry were committed together, before any attempt
                List<OutboxEntry> pending = p.db.read(tx -> tx.outbox().pendingFor(owner().address()));
                assertTrue(pending.stream().anyMatch(e -> m.key().equals(e.message())), "queued for the owner");
            }
        }
        Wait.until(() -> bob().db.read(tx -> tx.outbox().pendingFor(owner().address())).stream().allMatch(e -> e.attempts() >= 2),
                "a few failed attempts");
        assertTrue(Crew.history(dave(), g.address()).isEmpty());
        assertTrue(sent.stream().allMatch(m -> ChatEngineTest.state(m.author().equals(virtual(g, bob())) ? bob() : carol(),
                m.key()) == MessageState.SENDING));
        crew.net.setOnline(owner().address(), true);
        for (Peer p : crew.peers) {
            Wait.until(() -> Crew.history(p, g.address()).size() == 6, "all six at " + p.address());
        }
        List<String> bobsAtDave = Crew.history(dave(), g.address()).stream().filter(x -> x.author().equals(virtual(g, bob())))
                .map(StoredMessage::body).toList();
        assertEquals(sent.stream().filter(x -> x.author().equals(virtual(g, bob()))).map(StoredMessage::body).toList(), bobsAtDave);
        Wait.until(() -> sent.stream().allMatch(m -> ChatEngineTest.state(m.author().equals(virtual(g, bob())) ? bob() : carol(),
                m.key()) == MessageState.DELIVERED), "all delivered");
        assertEquals(6, dave().log.of(EngineEvent.MessageAdded.class).size());
    }

    @Test
    void leaveRemoveAddAndRenameInPrivacyMode() {
        Group g = hiddenGroup();
        Peer.await(dave().engine.groups().leave(g.address()));
        for (Peer p : List.of(owner(), bob(), carol())) {
            Wait.until(() -> p.engine.groups().members(g.address()).size() == 3, "dave gone at " + p.address());
        }
        assertTrue(crew.net.sentFrom(dave().address()).stream().allMatch(s -> s.recipient().equals(owner().address())));
        Peer.await(owner().engine.groups().removeMember(g.address(), virtual(g, carol())));
        Wait.until(() -> carol().engine.groups().all().isEmpty(), "carol removed");
        Peer.await(owner().engine.groups().addMembers(g.address(), List.of(dave().address())));
        Peer.await(owner().engine.groups().rename(g.address(), "still hidden"));
        for (Peer p : List.of(bob(), dave())) {
            Wait.until(() -> "still hidden".equals(p.engine.groups().find(g.address()).orElseThrow().name())
                    && p.engine.groups().members(g.address()).size() == 3, "renamed with dave back at " + p.address());
            assertEquals(List.of(owner().address(), virtual(g, bob()), virtual(g, dave())),
                    p.engine.groups().members(g.address()).stream().map(GroupMember::address).toList());
        }
        Peer.await(owner().engine.groups().leave(g.address()));
        for (Peer p : List.of(bob(), dave())) {
            Wait.until(() -> p.engine.groups().all().isEmpty(), "dissolved at " + p.address());
        }
    }
}
