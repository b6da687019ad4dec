package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.CreateGroupMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.StreamCapabilities;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Group chats end to end over the in-memory network, standard mode: an owner and three members. */
class GroupChatTest extends CrewTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(4);


    static List<SpixiMessage> chats(List<SpixiMessage> sent) {
        return sent.stream().filter(Forge::isChat).toList();
    }

    static StoredMessage only(Peer p, Address group) {
        List<StoredMessage> h = Crew.history(p, group);
        assertEquals(1, h.size(), h.toString());
        return h.getFirst();
    }

    static void fails(java.util.concurrent.CompletionStage<?> stage) {
        CompletionException e = assertThrows(CompletionException.class, () -> stage.toCompletableFuture().join());
        assertInstanceOf(ChatException.class, e.getCause());
    }

    @Test
    void createdGroupAppearsEverywhereWithRealAddressesOwnerFirst() {
        crew = new Crew(IDS).connect(false);
        Peer.await(bob().engine.setProfile("Bob", Bytes.EMPTY));
        Wait.until(() -> "Bob".equals(owner().contact(bob()).orElseThrow().nickname()), "bob's nick at the owner");
        Group g = crew.group("team", false, List.of());
        assertEquals(GroupRole.OWNER, g.ownRole());
        assertEquals(owner().address(), g.owner());
        assertEquals(16, g.randomId().length());
        for (Peer p : crew.peers) {
            Group seen = p.engine.groups().find(g.address()).orElseThrow();
            assertEquals("team", seen.name());
            assertFalse(seen.hideParticipants());
            List<GroupMember> members = p.engine.groups().members(g.address());
            assertEquals(crew.peers.stream().map(Peer::address).toList(), members.stream().map(GroupMember::address).toList());
            assertEquals(GroupRole.OWNER, members.getFirst().role());
            assertEquals("Bob", members.get(1).nickname());
            assertEquals(1, p.engine.groups().all().size());
            assertTrue(p.log.of(EngineEvent.GroupChanged.class).stream().anyMatch(e -> e.group().address().equals(g.address())));
        }
        assertEquals(GroupRole.MEMBER, bob().engine.groups().find(g.address()).orElseThrow().ownRole());
        // every member got exactly one createGroup, one to one
        for (Peer m : crew.members()) {
            assertEquals(1, Forge.sent(crew.net, owner(), m).stream().filter(s -> s.is(SpixiMessageCode.CREATE_GROUP)).count());
        }
    }

    @Test
    void aMemberWithEveryoneAsContactSendsDirectlyAndSeesDeliveredThenRead() {
        crew = new Crew(IDS).connect(true);
        Group g = crew.group("team", false, List.of());
        StoredMessage m = Peer.await(bob().engine.sendText(g.address(), "hello team"));
        assertEquals(bob().address(), m.author());
        for (Peer p : List.of(owner(), carol(), dave())) {
            Wait.until(() -> Crew.history(p, g.address()).size() == 1, "message at every member");
            StoredMessage got = only(p, g.address());
            assertEquals("hello team", got.body());
            assertEquals(bob().address(), got.author());
            assertEquals(m.key(), got.key());
            List<SpixiMessage> copies = chats(Forge.sent(crew.net, bob(), p));
            assertEquals(1, copies.size());
            assertNull(copies.getFirst().groupSenderAddress());
            assertEquals(g.address(), copies.getFirst().groupAddress());
        }
        Wait.until(() -> ChatEngineTest.state(bob(), m.key()) == MessageState.DELIVERED, "delivered to all");
        assertEquals(3, (int) bob().db.read(tx -> tx.receipts().count(m.key(), io.linnet.chat.store.ReceiptKind.DELIVERED)));
        Peer.await(owner().engine.markRead(g.address()));
        Peer.await(carol().engine.markRead(g.address()));
        Wait.until(() -> bob().db.read(tx -> tx.receipts().count(m.key(), io.linnet.chat.store.ReceiptKind.READ)) == 2, "two reads");
        assertEquals(MessageState.DELIVERED, ChatEngineTest.state(bob(), m.key()), "read only when every member read");
        Peer.await(dave().engine.markRead(g.address()));
        Wait.until(() -> ChatEngineTest.state(bob(), m.key()) == MessageState.READ, "read by all");
        // the event follows the commit on the event executor: it may trail the state a reader already sees
        Wait.until(() -> bob().log.of(EngineEvent.MessageStateChanged.class).stream()
                .anyMatch(e -> e.key().equals(m.key()) && e.state() == MessageState.READ), "the READ event");
        for (Peer p : crew.peers) {
            Wait.until(() -> p.db.read(tx -> crew.peers.stream().allMatch(q -> tx.outbox().pendingFor(q.address()).isEmpty())),
                    "every outbox drained");
        }
    }

    @Test
    void aMemberMissingContactsSendsThroughTheOwnerWhoRelaysToEveryone() {
        crew = new Crew(IDS).connect(false);
        Group g = crew.group("team", false, List.of());
        StoredMessage m = Peer.await(bob().engine.sendText(g.address(), "via the owner"));
        for (Peer p : List.of(owner(), carol(), dave())) {
            Wait.until(() -> Crew.history(p, g.address()).size() == 1, "message at every member");
            assertEquals(bob().address(), only(p, g.address()).author());
        }
        List<SpixiMessage> toOwner = chats(Forge.sent(crew.net, bob(), owner()));
        assertEquals(1, toOwner.size());
        assertEquals(bob().address(), toOwner.getFirst().groupSenderAddress());
        assertTrue(crew.net.sentFrom(bob().address()).stream().allMatch(s -> s.recipient().equals(owner().address())),
                "bob talks to the owner only");
        List<SpixiMessage> relayed = chats(Forge.sent(crew.net, owner(), carol()));
        assertEquals(1, relayed.size());
        assertEquals(bob().address(), relayed.getFirst().groupSenderAddress());
        assertTrue(chats(Forge.sent(crew.net, owner(), bob())).isEmpty(), "no copy back to the author");
        Wait.until(() -> ChatEngineTest.state(bob(), m.key()) == MessageState.DELIVERED, "delivered, told by the owner");
        for (Peer p : List.of(owner(), carol(), dave())) {
            Peer.await(p.engine.markRead(g.address()));
        }
        Wait.until(() -> ChatEngineTest.state(bob(), m.key()) == MessageState.READ, "read, told by the owner");
        StoredMessage o = Peer.await(owner().engine.sendText(g.address(), "from the owner"));
        for (Peer p : crew.members()) {
            Wait.until(() -> Crew.history(p, g.address()).size() == 2, "owner's message");
            assertEquals(owner().address(), Crew.history(p, g.address()).getLast().author());
        }
        Wait.until(() -> ChatEngineTest.state(owner(), o.key()) == MessageState.DELIVERED, "owner's delivered");
    }

    @Test
    void editsReactionsRepliesAndDeletesReachEveryone() {
        crew = new Crew(IDS).connect(false);
        Group g = crew.group("team", false, List.of());
        StoredMessage m = Peer.await(bob().engine.sendText(g.address(), "frist"));
        crew.peers.forEach(p -> Wait.until(() -> Crew.history(p, g.address()).size() == 1, "first"));
        Peer.await(bob().engine.edit(m.key(), "first"));
        for (Peer p : crew.peers) {
            Wait.until(() -> "first".equals(ChatEngineTest.body(p, m.key())), "edit everywhere");
        }
        Peer.await(carol().engine.react(m.key(), "👍"));
        for (Peer p : crew.peers) {
            Wait.until(() -> p.engine.reactions(m.key()).size() == 1, "reaction everywhere");
            assertEquals(carol().address(), p.engine.reactions(m.key()).getFirst().sender());
            assertEquals("👍", p.engine.reactions(m.key()).getFirst().reaction());
        }
        Peer.await(carol().engine.react(m.key(), ""));
        for (Peer p : crew.peers) {
            Wait.until(() -> p.engine.reactions(m.key()).isEmpty(), "reaction removed everywhere");
        }
        StoredMessage r = Peer.await(dave().engine.reply(g.address(), m.key().messageId(), "agreed"));
        for (Peer p : crew.peers) {
            Wait.until(() -> Crew.history(p, g.address()).size() == 2, "reply");
            assertEquals(m.key().messageId(), p.db.read(tx -> tx.messages().find(r.key())).orElseThrow().replyTo());
        }
        fails(carol().engine.edit(m.key(), "not mine"));
        fails(carol().engine.deleteForEveryone(m.key()));
        Peer.await(owner().engine.deleteForEveryone(r.key())); // the owner may delete anyone's message
        Peer.await(bob().engine.deleteForEveryone(m.key()));
        for (Peer p : crew.peers) {
            Wait.until(() -> p.db.read(tx -> tx.messages().find(m.key()).orElseThrow().deleted()
                    && tx.messages().find(r.key()).orElseThrow().deleted()), "deletes everywhere");
        }
    }

    @Test
    void aMemberLeavesAndIsRemovedEverywhereThenTheOwnerDissolvesTheGroup() {
        crew = new Crew(IDS).connect(true);
        Group g = crew.group("team", false, List.of());
        Peer.await(dave().engine.groups().leave(g.address()));
        assertTrue(dave().engine.groups().all().isEmpty());
        assertTrue(dave().engine.groups().find(g.address()).isPresent(), "kept for its history");
        assertEquals("left", dave().log.of(EngineEvent.GroupLeft.class).getFirst().reason());
        fails(dave().engine.sendText(g.address(), "still here?"));
        for (Peer p : List.of(owner(), bob(), carol())) {
            Wait.until(() -> p.engine.groups().members(g.address()).size() == 3, "dave gone at " + p.address());
            assertTrue(p.engine.groups().members(g.address()).stream().noneMatch(x -> x.address().equals(dave().address())));
        }
        Peer.await(bob().engine.sendText(g.address(), "after dave"));
        Wait.until(() -> Crew.history(carol(), g.address()).size() == 1, "carol has it");
        assertTrue(Crew.history(dave(), g.address()).isEmpty());
        assertTrue(Forge.sent(crew.net, bob(), dave()).stream().noneMatch(Forge::isChat), "nothing to dave");

        Peer.await(owner().engine.groups().leave(g.address()));
        assertEquals("dissolved", owner().log.of(EngineEvent.GroupLeft.class).getFirst().reason());
        for (Peer p : List.of(bob(), carol())) {
            Wait.until(() -> p.engine.groups().all().isEmpty(), "dissolved at " + p.address());
            // the event is handed over after the commit that made the group readable as gone
            Wait.until(() -> !p.log.of(EngineEvent.GroupLeft.class).isEmpty(), "the GroupLeft event at " + p.address());
            assertEquals("dissolved", p.log.of(EngineEvent.GroupLeft.class).getFirst().reason());
            fails(p.engine.sendText(g.address(), "anyone?"));
        }
    }

    @Test
    void theOwnerAddsRemovesAndRenames() {
        crew = new Crew(IDS).connect(false);
        List<Address> two = List.of(bob().address(), carol().address());
        Group g = Peer.await(owner().engine.groups().create("team", two, false, List.of()));
        Wait.until(() -> carol().engine.groups().members(g.address()).size() == 3, "carol joined");
        assertTrue(dave().engine.groups().find(g.address()).isEmpty());

        Peer.await(owner().engine.groups().addMembers(g.address(), List.of(dave().address())));
        for (Peer p : crew.peers) {
            Wait.until(() -> p.engine.groups().members(g.address()).size() == 4, "dave added at " + p.address());
        }
        fails(owner().engine.groups().addMembers(g.address(), List.of(dave().address())));
        fails(bob().engine.groups().addMembers(g.address(), List.of(dave().address())));

        Peer.await(owner().engine.groups().rename(g.address(), "dream team"));
        for (Peer p : crew.peers) {
            Wait.until(() -> "dream team".equals(p.engine.groups().find(g.address()).orElseThrow().name()), "renamed");
        }
        fails(bob().engine.groups().rename(g.address(), "bob's"));

        Peer.await(owner().engine.groups().removeMember(g.address(), carol().address()));
        Wait.until(() -> carol().engine.groups().all().isEmpty(), "carol removed");
        assertEquals("removed", carol().log.of(EngineEvent.GroupLeft.class).getFirst().reason());
        fails(carol().engine.sendText(g.address(), "let me in"));
        for (Peer p : List.of(owner(), bob(), dave())) {
            Wait.until(() -> p.engine.groups().members(g.address()).stream().map(GroupMember::address).toList()
                    .equals(List.of(owner().address(), bob().address(), dave().address())), "carol gone at " + p.address());
        }
        Peer.await(dave().engine.sendText(g.address(), "hi bob"));
        Wait.until(() -> Crew.history(bob(), g.address()).size() == 1, "dave to bob through the owner");
        assertTrue(Crew.history(carol(), g.address()).isEmpty());
        // the owner brings carol back
        Peer.await(owner().engine.groups().addMembers(g.address(), List.of(carol().address())));
        Wait.until(() -> carol().engine.groups().all().size() == 1, "carol back");
    }

    @Test
    void channelsGoToLinnetMembersOnlyAndSpixiLimitsTheSize() throws ProtocolException {
        crew = new Crew(IDS).connect(true);
        // the owner believes dave runs Spixi: group-capable, without Linnet's extensions
        var asSpixi = owner().contact(dave()).orElseThrow().withCapabilities(StreamCapabilities.SPIXI);
        owner().db.useTransaction(tx -> tx.contacts().save(asSpixi));
        Group g = Peer.await(owner().engine.groups().create("team",
                crew.members().stream().map(Peer::address).toList(), false, List.of("news", "random")));
        Wait.until(() -> dave().engine.groups().members(g.address()).size() == 4, "dave joined");
        for (Peer p : List.of(bob(), carol())) {
            Wait.until(() -> p.engine.groups().channels(g.address()).size() == 2, "the channels at " + p.address());
        }
        assertEquals(List.of(new Channel(1, "news"), new Channel(2, "random")), bob().engine.groups().channels(g.address()));
        assertTrue(dave().engine.groups().channels(g.address()).isEmpty());
        SpixiMessage toDave = Forge.sent(crew.net, owner(), dave()).stream().filter(s -> s.is(SpixiMessageCode.CREATE_GROUP))
                .findFirst().orElseThrow();
        assertTrue(CreateGroupMessage.decode(toDave.data().toByteArray()).channels().isEmpty(), "Spixi's parser gets no channel");

        StoredMessage news = Peer.await(bob().engine.groups().sendText(g.address(), 1, "channel news"));
        assertEquals(1, news.channel());
        Wait.until(() -> Crew.history(carol(), g.address()).size() == 1, "carol has the channel message");
        assertEquals(1, only(carol(), g.address()).channel());
        fails(bob().engine.groups().sendText(g.address(), 7, "no such channel"));

        // a Spixi member caps the group at 11 (Spixi's 10 participants plus the owner)
        List<UnlockedIdentity> more = TestIdentities.identities(10);
        List<Peer> extra = new java.util.ArrayList<>();
        try {
            for (UnlockedIdentity id : more) {
                Peer p = new Peer(id, io.linnet.store.SqliteDatabase.inMemory(), crew.net.transport(id.address()), Peer.FAST);
                extra.add(p);
                Peer.connect(owner(), p);
            }
            List<Address> eight = extra.subList(0, 7).stream().map(Peer::address).toList();
            Peer.await(owner().engine.groups().addMembers(g.address(), eight));
            fails(owner().engine.groups().addMembers(g.address(), List.of(extra.get(7).address())));
            List<Address> twelve = new java.util.ArrayList<>(crew.members().stream().map(Peer::address).toList());
            extra.stream().limit(9).forEach(p -> twelve.add(p.address()));
            fails(owner().engine.groups().create("too big for spixi", twelve, false, List.of()));
            twelve.remove(dave().address());
            extra.stream().skip(9).forEach(p -> twelve.add(p.address()));
            Group big = Peer.await(owner().engine.groups().create("linnet only", twelve, false, List.of()));
            assertEquals(13, owner().engine.groups().members(big.address()).size());
        } finally {
            extra.forEach(Peer::close);
        }
    }

    @Test
    void typingAndTheGroupAvatarReachMembers() {
        crew = new Crew(IDS).connect(false);
        Group g = crew.group("team", false, List.of());
        Peer.await(bob().engine.typing(g.address()));
        Wait.until(() -> carol().log.of(EngineEvent.TypingChanged.class).stream()
                .anyMatch(e -> e.contact().equals(g.address()) && e.typing()), "carol sees typing");
        Bytes image = Bytes.of(new byte[] {9, 8, 7, 6});
        Peer.await(owner().engine.groups().setAvatar(g.address(), image));
        for (Peer p : crew.members()) {
            Wait.until(() -> image.equals(p.engine.groups().find(g.address()).orElseThrow().avatar()), "avatar");
        }
        fails(bob().engine.groups().setAvatar(g.address(), Bytes.of(new byte[] {1})));
        Peer.await(owner().engine.groups().setMuted(g.address(), true));
        assertTrue(owner().engine.groups().find(g.address()).orElseThrow().muted());
    }

    @Test
    void refusesWhatCannotBeDone() {
        crew = new Crew(IDS).connect(false);
        Address stranger = TestIdentities.identity().address();
        fails(owner().engine.groups().create("", List.of(bob().address()), false, List.of()));
        fails(owner().engine.groups().create("x", List.of(stranger), false, List.of()));
        fails(owner().engine.groups().create("x", List.of(bob().address(), bob().address()), false, List.of()));
        fails(owner().engine.groups().create("x", List.of(bob().address()), false, List.of("a", "a")));
        fails(bob().engine.groups().create("x", List.of(carol().address()), false, List.of()));
        Group g = crew.group("team", false, List.of());
        fails(owner().engine.groups().removeMember(g.address(), owner().address()));
        fails(owner().engine.groups().removeMember(g.address(), stranger));
        fails(owner().engine.sendText(g.address(), " "));
        assertTrue(owner().engine.groups().members(TestIdentities.identity().address()).isEmpty());
        MessageKey unknown = new MessageKey(g.address(), Bytes.of(new byte[16]));
        fails(owner().engine.react(unknown, "👍"));
    }
}
