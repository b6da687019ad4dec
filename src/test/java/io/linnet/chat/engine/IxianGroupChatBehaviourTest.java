package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.spixi.CreateGroupMessage;
import io.linnet.ixian.spixi.GroupParticipant;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The group behaviours of Ixian-Core's TestGroupChat (ixian-streaming-groups.md §9.1, tests 6–24, 27, 28;
 * the address tests 1–5, 25, 26 and 29 are in {@code GroupAddressTest}), ported to the engine: CreateGroup
 * is {@code GroupChats.create}, JoinGroup a received createGroup, Add/RemoveParticipant the owner's
 * {@code addMembers}/{@code removeMember}, ValidateAndGetGroup whether a group message is taken. Where
 * Linnet is stricter the assertion says so.
 */
class IxianGroupChatBehaviourTest extends CrewTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(3);

    Peer creator() {
        return crew.owner();
    }

    Peer joiner() {
        return crew.get(1);
    }

    Peer other() {
        return crew.get(2);
    }

    @BeforeEach
    void setUp() {
        crew = new Crew(IDS).connect(false);
    }


    static ChatException refused(java.util.concurrent.CompletionStage<?> s) {
        CompletionException e = assertThrows(CompletionException.class, () -> s.toCompletableFuture().join());
        return assertInstanceOf(ChatException.class, e.getCause());
    }

    // --- CreateGroup ---

    @Test
    void t06CreateGroupHasTheCreatorAndTheParticipantAndItsSettings() {
        Group g = Peer.await(creator().engine.groups().create("g", List.of(joiner().address()), false, List.of()));
        List<GroupMember> members = creator().engine.groups().members(g.address());
        assertEquals(List.of(creator().address(), joiner().address()), members.stream().map(GroupMember::address).toList());
        assertEquals(GroupAddress.derive(creator().address(), g.randomId().toByteArray()), g.address());
        assertEquals(GroupRole.OWNER, g.ownRole());
    }

    @Test
    void t07CreateGroupWithoutParticipantsListsTheCreator() {
        Group g = Peer.await(creator().engine.groups().create("solo", List.of(), false, List.of()));
        assertEquals(List.of(creator().address()),
                creator().engine.groups().members(g.address()).stream().map(GroupMember::address).toList());
    }

    @Test
    void t08CreateGroupInPrivacyModeSetsTheFlag() {
        Group g = Peer.await(creator().engine.groups().create("blind", List.of(joiner().address()), true, List.of()));
        assertTrue(creator().engine.groups().find(g.address()).orElseThrow().hideParticipants());
    }

    @Test
    void t09CreateGroupRefusesAParticipantWhoIsNotAContact() {
        Address stranger = TestIdentities.identity().address();
        refused(creator().engine.groups().create("g", List.of(joiner().address(), stranger), false, List.of()));
        assertTrue(creator().engine.groups().all().isEmpty());
    }

    // --- JoinGroup ---

    Bytes randomId = Bytes.of(CryptoRandom.bytes(16));

    Address groupAddress() {
        return GroupAddress.derive(creator().address(), randomId.toByteArray());
    }

    void join(List<GroupParticipant> participants, boolean hide, long timestamp) {
        SpixiMessage body = SpixiMessage.of(SpixiMessageCode.CREATE_GROUP,
                Bytes.of(new CreateGroupMessage(randomId, "joined", hide, participants, List.of()).encode()));
        StreamMessage m = Forge.spixi2(creator(), joiner(), body, StreamMessage.randomId(), timestamp);
        crew.net.inject(m);
        Wait.until(() -> Forge.sent(crew.net, joiner(), creator()).stream()
                .anyMatch(s -> s.is(SpixiMessageCode.MSG_RECEIVED) && s.data().equals(m.id())), "the createGroup handled");
    }

    List<GroupParticipant> withJoiner(Address... others) {
        List<GroupParticipant> ps = new ArrayList<>(List.of(GroupParticipant.of(joiner().address(), "")));
        for (Address a : others) {
            ps.add(GroupParticipant.of(a, ""));
        }
        return ps;
    }

    List<Address> membersAtJoiner() {
        return joiner().engine.groups().members(groupAddress()).stream().map(GroupMember::address).toList();
    }

    long stamp() {
        return joiner().engine.groups().find(groupAddress()).orElseThrow().lastCreateGroupTimestamp();
    }

    @Test
    void t10JoinGroupCreatesTheGroupWithMembers() {
        join(withJoiner(), false, 100);
        Group g = joiner().engine.groups().find(groupAddress()).orElseThrow();
        assertEquals(creator().address(), g.owner());
        assertEquals(GroupRole.MEMBER, g.ownRole());
        assertTrue(membersAtJoiner().size() >= 1);
    }

    @Test
    void t11And17JoinGroupMakesTheCreatorTheFirstMemberButAGroupThatDoesNotListUsIsNotJoined() {
        join(List.of(), false, 100); // Ixian joins even so; Linnet does not join a group it is not in
        assertTrue(joiner().engine.groups().find(groupAddress()).isEmpty());
        join(withJoiner(), false, 101);
        assertEquals(creator().address(), membersAtJoiner().getFirst());
    }

    @Test
    void t12And28JoinGroupAddsEveryParticipant() {
        Address a = TestIdentities.identity().address();
        Address b = TestIdentities.identity().address();
        join(withJoiner(a, b), false, 100);
        assertEquals(List.of(creator().address(), joiner().address(), a, b), membersAtJoiner());
        assertEquals(4, membersAtJoiner().size(), "creator + 3 participants");
    }

    @Test
    void t13JoinGroupTakesEachParticipantsNickFromTheMessage() {
        join(List.of(GroupParticipant.of(joiner().address(), "alice")), false, 100);
        assertEquals("alice", joiner().engine.groups().members(groupAddress()).get(1).nickname());
    }

    @Test
    void t14And27JoinGroupWithANewerTimestampUpdatesAndStoresIt() {
        join(withJoiner(), false, 100);
        join(withJoiner(other().address()), false, 200);
        assertEquals(200, stamp());
        assertEquals(3, membersAtJoiner().size());
        join(withJoiner(), false, 201);
        assertEquals(201, stamp());
        assertEquals(2, membersAtJoiner().size());
    }

    @Test
    void t15JoinGroupWithAnOlderTimestampChangesNothing() {
        join(withJoiner(), false, 200);
        join(withJoiner(other().address()), false, 100);
        assertEquals(200, stamp());
        assertEquals(2, membersAtJoiner().size());
    }

    @Test
    void t16JoinGroupInPrivacyModeSetsTheFlag() {
        Address virtualJoiner = GroupAddress.derive(joiner().address(), randomId.toByteArray());
        join(List.of(new GroupParticipant(Bytes.of(virtualJoiner.noChecksum()), "")), true, 100);
        assertTrue(joiner().engine.groups().find(groupAddress()).orElseThrow().hideParticipants());
        assertEquals(List.of(creator().address(), virtualJoiner), membersAtJoiner());
    }

    // --- Add / RemoveParticipant ---

    @Test
    void t18To20AddAndRemoveParticipants() {
        Group g = Peer.await(creator().engine.groups().create("g", List.of(joiner().address()), false, List.of()));
        Peer.await(creator().engine.groups().addMembers(g.address(), List.of(other().address())));
        GroupMember added = creator().engine.groups().members(g.address()).getLast();
        assertEquals(other().address(), added.address());
        assertEquals(45, added.address().noChecksum().length);
        Peer.await(creator().engine.groups().removeMember(g.address(), other().address()));
        assertEquals(2, creator().engine.groups().members(g.address()).size());
        refused(creator().engine.groups().removeMember(g.address(), other().address()));
    }

    // --- ValidateAndGetGroup: which group messages are taken ---

    StreamMessage chat(Peer from, Address group) {
        SpixiMessage body = new SpixiMessage(SpixiMessageCode.CHAT.number(), Bytes.utf8("hi"), 0, group, null);
        StreamMessage m = Forge.spixi2(from, joiner(), body, StreamMessage.randomId(), Forge.now());
        crew.net.inject(m);
        return m;
    }

    boolean stored(Address group, StreamMessage m) {
        StoredMessage marker = Peer.await(creator().engine.sendText(joiner().address(), "marker"));
        Wait.until(() -> joiner().history(creator()).stream().anyMatch(x -> x.key().equals(
                new MessageKey(creator().address(), marker.key().messageId()))), "marker");
        return joiner().db.read(tx -> tx.messages().find(new MessageKey(group, m.id()))).isPresent();
    }

    @Test
    void t21To24AGroupMessageIsTakenOnlyForAKnownGroupFromAMember() {
        join(withJoiner(), false, 100);
        assertTrue(stored(groupAddress(), chat(creator(), groupAddress())), "21: the creator's message");
        Address unknown = GroupAddress.derive(creator().address(), CryptoRandom.bytes(16));
        assertFalse(stored(unknown, chat(creator(), unknown)), "22: an unknown group");
        Address notAGroup = other().address();
        Peer.connect(other(), joiner());
        assertFalse(stored(notAGroup, chat(creator(), notAGroup)), "23: a contact's address is not a group");
        assertFalse(stored(groupAddress(), chat(other(), groupAddress())), "24: a sender who is not a member");
    }
}
