package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.wire.EditPayload;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.spixi.CreateGroupMessage;
import io.linnet.ixian.spixi.GroupParticipant;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCrypto;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a group refuses: strangers' messages, authors named by anyone but the owner, replayed, older or
 * foreign createGroups, deletes and edits by the wrong member, avatars from members, and what does not
 * decrypt. A refused message is never acknowledged. Messages are forged with the pair keys the peers
 * really agreed, and injected on the network.
 */
class GroupSecurityTest extends CrewTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(4);
    Group g;

    /** A contact of everyone, in no group. */
    Peer mallory() {
        return crew.get(3);
    }

    @BeforeEach
    void setUp() {
        crew = new Crew(IDS).connect(true);
        List<Address> members = List.of(bob().address(), carol().address());
        g = Peer.await(owner().engine.groups().create("team", members, false, List.of()));
        for (Peer p : List.of(bob(), carol())) {
            Wait.until(() -> p.engine.groups().members(g.address()).size() == 3, "joined");
        }
    }


    static SpixiMessage groupChat(Address group, String text, Address author) {
        return new SpixiMessage(SpixiMessageCode.CHAT.number(), Bytes.utf8(text), 0, group, author);
    }

    /** Injects {@code m}, then waits until {@code to} has processed it (a 1:1 chat from the same sender is the marker). */
    void deliver(Peer from, Peer to, StreamMessage m) {
        crew.net.inject(m);
        StoredMessage marker = Peer.await(from.engine.sendText(to.address(), "marker " + m.id().toHex()));
        Wait.until(() -> to.db.read(tx -> tx.messages().find(new MessageKey(from.address(), marker.key().messageId()))).isPresent(),
                "the marker after the injected message");
    }

    boolean acknowledged(Peer by, Peer to, Bytes id) {
        return Forge.sent(crew.net, by, to).stream().anyMatch(s -> s.is(SpixiMessageCode.MSG_RECEIVED) && s.data().equals(id));
    }

    @Test
    void aNonMembersGroupMessageIsDroppedUnacknowledged() {
        StreamMessage m = Forge.spixi2(mallory(), bob(), groupChat(g.address(), "let me in", null), StreamMessage.randomId(), Forge.now());
        deliver(mallory(), bob(), m);
        assertTrue(Crew.history(bob(), g.address()).isEmpty());
        assertFalse(acknowledged(bob(), mallory(), m.id()));
    }

    @Test
    void aGroupSenderAddressFromAnyoneButTheOwnerIsDropped() {
        StreamMessage m = Forge.spixi2(carol(), bob(), groupChat(g.address(), "says the owner", owner().address()),
                StreamMessage.randomId(), Forge.now());
        deliver(carol(), bob(), m);
        assertTrue(Crew.history(bob(), g.address()).isEmpty());
        assertFalse(acknowledged(bob(), carol(), m.id()));
        // the owner may name an author, but only a member
        StreamMessage relayed = Forge.spixi2(owner(), bob(), groupChat(g.address(), "from mallory", mallory().address()),
                StreamMessage.randomId(), Forge.now());
        deliver(owner(), bob(), relayed);
        assertTrue(Crew.history(bob(), g.address()).isEmpty());
        // and the owner ignores what a member claims: carol's message, claiming bob, is stored and relayed as carol's
        StreamMessage claim = Forge.spixi2(carol(), owner(), groupChat(g.address(), "I am bob", bob().address()),
                StreamMessage.randomId(), Forge.now());
        crew.net.inject(claim);
        Wait.until(() -> Crew.history(owner(), g.address()).size() == 1, "stored at the owner");
        assertEquals(carol().address(), Crew.history(owner(), g.address()).getFirst().author());
        Wait.until(() -> Crew.history(bob(), g.address()).size() == 1, "relayed to bob");
        assertEquals(carol().address(), Crew.history(bob(), g.address()).getFirst().author());
    }

    @Test
    void inPrivacyModeMembersCannotReachEachOtherDirectly() {
        Group hidden = Peer.await(owner().engine.groups().create("hidden", List.of(bob().address(), carol().address()), true, List.of()));
        Wait.until(() -> bob().engine.groups().members(hidden.address()).size() == 3, "joined");
        Wait.until(() -> carol().engine.groups().members(hidden.address()).size() == 3, "joined");
        StreamMessage m = Forge.spixi2(carol(), bob(), groupChat(hidden.address(), "psst, it's carol", null), StreamMessage.randomId(),
                Forge.now());
        deliver(carol(), bob(), m);
        assertTrue(Crew.history(bob(), hidden.address()).isEmpty());
        assertFalse(acknowledged(bob(), carol(), m.id()));
    }

    @Test
    void aReplayedOrOlderCreateGroupNeverResetsTheGroup() {
        StreamMessage original = crew.net.sent.stream().filter(s -> s.sender().equals(owner().address())
                && s.recipient().equals(bob().address())).filter(s -> Forge.open(bob(), s).map(x -> x.is(SpixiMessageCode.CREATE_GROUP))
                .orElse(false)).findFirst().orElseThrow();
        Peer.await(owner().engine.groups().rename(g.address(), "renamed"));
        Peer.await(owner().engine.groups().removeMember(g.address(), carol().address()));
        Wait.until(() -> bob().engine.groups().members(g.address()).size() == 2 && "renamed".equals(name(bob())), "changes at bob");
        long accepted = bob().engine.groups().find(g.address()).orElseThrow().lastCreateGroupTimestamp();

        deliver(owner(), bob(), original); // the very bytes the relay saw, again
        assertEquals("renamed", name(bob()));
        assertEquals(2, bob().engine.groups().members(g.address()).size());

        SpixiMessage older = createGroup(g.randomId(), "older", List.of(bob(), carol()));
        deliver(owner(), bob(), Forge.spixi2(owner(), bob(), older, StreamMessage.randomId(), accepted - 1));
        StreamMessage same = Forge.spixi2(owner(), bob(), older, StreamMessage.randomId(), accepted);
        deliver(owner(), bob(), same);
        assertEquals("renamed", name(bob()));
        assertEquals(2, bob().engine.groups().members(g.address()).size());
        assertEquals(accepted, bob().engine.groups().find(g.address()).orElseThrow().lastCreateGroupTimestamp());

        StreamMessage future = Forge.spixi2(owner(), bob(), older, StreamMessage.randomId(), Forge.now() + 3600);
        deliver(owner(), bob(), future);
        assertEquals("renamed", name(bob()), "a far-future timestamp would freeze the membership");
        assertFalse(acknowledged(bob(), owner(), future.id()));

        StreamMessage newer = Forge.spixi2(owner(), bob(), older, StreamMessage.randomId(), accepted + 1);
        deliver(owner(), bob(), newer);
        assertEquals("older", name(bob()), "a newer one from the owner does apply");
        assertEquals(3, bob().engine.groups().members(g.address()).size());
    }

    @Test
    void aCreateGroupFromAnyoneButTheCreatorCannotTakeTheGroupOver() {
        SpixiMessage hijack = createGroup(g.randomId(), "hijacked", List.of(bob(), mallory()));
        StreamMessage m = Forge.spixi2(mallory(), bob(), hijack, StreamMessage.randomId(), Forge.now() + 60);
        deliver(mallory(), bob(), m);
        Group original = bob().engine.groups().find(g.address()).orElseThrow();
        assertEquals("team", original.name());
        assertEquals(owner().address(), original.owner());
        assertEquals(List.of(owner().address(), bob().address(), carol().address()),
                bob().engine.groups().members(g.address()).stream().map(GroupMember::address).toList());
        Address mallorys = GroupAddress.derive(mallory().address(), g.randomId().toByteArray());
        assertNotEquals(g.address(), mallorys);
        assertEquals(mallory().address(), bob().engine.groups().find(mallorys).orElseThrow().owner(),
                "the same random id from mallory names another group, hers");
    }

    @Test
    void deletesAndEditsByWhoeverIsNeitherAuthorNorOwnerAreIgnored() {
        StoredMessage m = Peer.await(bob().engine.sendText(g.address(), "bob's words"));
        Wait.until(() -> Crew.history(owner(), g.address()).size() == 1 && Crew.history(carol(), g.address()).size() == 1, "arrived");
        StreamMessage delete = Forge.spixi2(carol(), owner(), new SpixiMessage(SpixiMessageCode.MSG_DELETE.number(),
                m.key().messageId(), 0, g.address(), null), StreamMessage.randomId(), Forge.now());
        deliver(carol(), owner(), delete);
        StreamMessage edit = Forge.spixi2(carol(), owner(), new SpixiMessage(LinnetWire.EDIT,
                Bytes.of(new EditPayload(m.key().messageId(), "carol's words").encode()), 0, g.address(), null),
                StreamMessage.randomId(), Forge.now());
        deliver(carol(), owner(), edit);
        StoredMessage atOwner = owner().db.read(tx -> tx.messages().find(m.key())).orElseThrow();
        assertFalse(atOwner.deleted());
        assertEquals("bob's words", atOwner.body());
        assertFalse(acknowledged(owner(), carol(), delete.id()));
        assertFalse(acknowledged(owner(), carol(), edit.id()));
        StreamMessage avatar = Forge.spixi2(carol(), bob(), SpixiMessage.ofGroup(SpixiMessageCode.AVATAR, Bytes.of(new byte[] {1}),
                g.address()), StreamMessage.randomId(), Forge.now());
        deliver(carol(), bob(), avatar);
        assertTrue(bob().engine.groups().find(g.address()).orElseThrow().avatar().isEmpty(), "only the owner sets the avatar");
    }

    @Test
    void whatDoesNotDecryptIsNeverAcknowledged() {
        PairKeys wrong = new PairKeys(CryptoRandom.bytes(32), CryptoRandom.bytes(32));
        StreamMessage plain = StreamMessage.builder(1, java.time.InstantSource.system()).id(StreamMessage.randomId())
                .type(io.linnet.ixian.stream.StreamMessageCode.DATA).encryptionType(io.linnet.ixian.crypto.EncryptionCode.SPIXI2)
                .sender(carol().address()).recipient(bob().address())
                .data(Bytes.of(groupChat(g.address(), "garbled", null).encode())).requireRcvConfirmation(true).build();
        StreamMessage garbled = StreamMessageCrypto.encrypt(plain, wrong);
        deliver(carol(), bob(), garbled);
        assertTrue(Crew.history(bob(), g.address()).isEmpty());
        assertFalse(acknowledged(bob(), carol(), garbled.id()));
    }

    @Test
    void aRemovedMembersMessagesAreNoLongerTaken() {
        Peer.await(owner().engine.groups().removeMember(g.address(), carol().address()));
        Wait.until(() -> bob().engine.groups().members(g.address()).size() == 2, "carol removed at bob");
        StreamMessage m = Forge.spixi2(carol(), bob(), groupChat(g.address(), "still here", null), StreamMessage.randomId(), Forge.now());
        deliver(carol(), bob(), m);
        assertTrue(Crew.history(bob(), g.address()).isEmpty());
        assertFalse(acknowledged(bob(), carol(), m.id()));
    }

    @Test
    void anAuthorTheOwnerListedOnceIsTakenWhenTheRelayComesAfterTheirRemoval() {
        // carol wrote while a member; the owner's relayed copy reaches bob only after the membership without her
        Peer.await(owner().engine.groups().removeMember(g.address(), carol().address()));
        Wait.until(() -> bob().engine.groups().members(g.address()).size() == 2, "carol removed at bob");
        StreamMessage late = Forge.spixi2(owner(), bob(), groupChat(g.address(), "written while in", carol().address()),
                StreamMessage.randomId(), Forge.now());
        deliver(owner(), bob(), late);
        assertEquals(List.of("written while in"), Crew.history(bob(), g.address()).stream().map(StoredMessage::body).toList());
        assertEquals(carol().address(), Crew.history(bob(), g.address()).getFirst().author());
        assertTrue(acknowledged(bob(), owner(), late.id()), "taken, so the owner stops resending it");
        assertEquals(2, bob().engine.groups().members(g.address()).size(), "carol is not back in");

        // mallory was added and removed again, and bob got the newer membership first: the older one, ignored
        // otherwise, still tells bob she was a member
        long accepted = bob().engine.groups().find(g.address()).orElseThrow().lastCreateGroupTimestamp();
        deliver(owner(), bob(), Forge.spixi2(owner(), bob(), createGroup(g.randomId(), "team", List.of(bob())),
                StreamMessage.randomId(), accepted + 2));
        deliver(owner(), bob(), Forge.spixi2(owner(), bob(), createGroup(g.randomId(), "team", List.of(bob(), mallory())),
                StreamMessage.randomId(), accepted + 1));
        assertEquals(List.of(owner().address(), bob().address()),
                bob().engine.groups().members(g.address()).stream().map(GroupMember::address).toList());
        StreamMessage relayed = Forge.spixi2(owner(), bob(), groupChat(g.address(), "mallory's, relayed late", mallory().address()),
                StreamMessage.randomId(), Forge.now());
        deliver(owner(), bob(), relayed);
        assertEquals(mallory().address(), Crew.history(bob(), g.address()).getLast().author());
        assertTrue(acknowledged(bob(), owner(), relayed.id()));
    }

    @Test
    void aLeaveSentAgainAfterTheMemberWasAddedBackDoesNotRemoveThemAgain() {
        StreamMessage leave = Forge.spixi2(carol(), owner(), SpixiMessage.ofGroup(SpixiMessageCode.LEAVE, Bytes.EMPTY, g.address()),
                StreamMessage.randomId(), Forge.now());
        deliver(carol(), owner(), leave);
        assertEquals(2, owner().engine.groups().members(g.address()).size(), "carol left");
        Peer.await(owner().engine.groups().addMembers(g.address(), List.of(carol().address())));
        assertEquals(3, owner().engine.groups().members(g.address()).size(), "and was added back");

        deliver(carol(), owner(), leave); // the same leave again: its acknowledgement came late
        assertEquals(3, owner().engine.groups().members(g.address()).size(), "carol is still in");
        assertEquals(2L, Forge.sent(crew.net, owner(), carol()).stream()
                .filter(x -> x.is(SpixiMessageCode.MSG_RECEIVED) && x.data().equals(leave.id())).count(), "acknowledged both times");
    }

    String name(Peer p) {
        return p.engine.groups().find(g.address()).orElseThrow().name();
    }

    static SpixiMessage createGroup(Bytes randomId, String name, List<Peer> participants) {
        List<GroupParticipant> ps = participants.stream().map(p -> GroupParticipant.of(p.address(), "")).toList();
        return SpixiMessage.of(SpixiMessageCode.CREATE_GROUP, Bytes.of(new CreateGroupMessage(randomId, name, false, ps, List.of()).encode()));
    }
}
