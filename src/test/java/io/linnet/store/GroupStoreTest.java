package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.MemberStatus;
import io.linnet.chat.store.StoreException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupStoreTest {
    private final SqliteDatabase db = SqliteDatabase.inMemory();
    private final Address owner = address(1);
    private final Address bob = address(2);
    private final Address carol = address(3);
    private final byte[] randomId = ContactStoreTest.filled(16, 0x42);
    private final Address group = GroupAddress.derive(owner, randomId);

    @AfterEach
    void close() {
        db.close();
    }

    private Group newGroup(boolean hide) {
        return new Group(group, Bytes.of(randomId), owner, "Hikers", hide, GroupRole.OWNER, 0, false, Bytes.EMPTY,
                Fixtures.T0);
    }

    @Test
    void savesFindsListsAndDeletesWithMembersAndChannels() {
        Group g = newGroup(false).withAvatar(Bytes.of(new byte[] {1, 2}));
        db.useTransaction(tx -> {
            tx.groups().save(g);
            tx.groups().replaceMembers(group, List.of(GroupMember.of(owner, "O", GroupRole.OWNER),
                    GroupMember.of(bob, "B", GroupRole.MEMBER)));
            tx.groups().saveChannel(group, new Channel(0, "general"));
        });
        assertEquals(g, db.read(tx -> tx.groups().find(group)).orElseThrow());
        assertEquals(List.of(g), db.read(tx -> tx.groups().all()));
        Group renamed = g.withName("Climbers").withHideParticipants(true);
        db.useTransaction(tx -> tx.groups().save(renamed));
        assertEquals(renamed, db.read(tx -> tx.groups().find(group)).orElseThrow());

        assertTrue(db.<Boolean>inTransaction(tx -> tx.groups().delete(group)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.groups().delete(group)));
        assertTrue(db.read(tx -> tx.groups().members(group)).isEmpty());
        assertTrue(db.read(tx -> tx.groups().channels(group)).isEmpty());
    }

    @Test
    void createGroupReplayGuardAcceptsEqualAndNewerTimestampsOnly() {
        db.useTransaction(tx -> tx.groups().save(newGroup(false)));
        assertTrue(db.<Boolean>inTransaction(tx -> tx.groups().acceptCreateGroup(group, 1000)));
        assertTrue(db.<Boolean>inTransaction(tx -> tx.groups().acceptCreateGroup(group, 1000)), "equal is accepted (§6.5)");
        assertFalse(db.<Boolean>inTransaction(tx -> tx.groups().acceptCreateGroup(group, 999)));
        assertTrue(db.<Boolean>inTransaction(tx -> tx.groups().acceptCreateGroup(group, 1001)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.groups().acceptCreateGroup(address(9), 5000)), "unknown group");
        // saving a stale copy neither rolls the guard back nor unmutes
        db.useTransaction(tx -> tx.groups().setMuted(group, true));
        db.useTransaction(tx -> tx.groups().save(newGroup(false)));
        Group back = db.read(tx -> tx.groups().find(group)).orElseThrow();
        assertEquals(1001, back.lastCreateGroupTimestamp());
        assertTrue(back.muted());
        assertTrue(db.<Boolean>inTransaction(tx -> tx.groups().setMuted(group, false)));
        assertFalse(db.read(tx -> tx.groups().find(group)).orElseThrow().muted());
        assertFalse(db.<Boolean>inTransaction(tx -> tx.groups().setMuted(address(9), true)));
    }

    @Test
    void membersKeepTheirOrderAndAreUpdatedInPlace() {
        db.useTransaction(tx -> {
            tx.groups().save(newGroup(false));
            tx.groups().replaceMembers(group, List.of(GroupMember.of(owner, "O", GroupRole.OWNER),
                    GroupMember.of(carol, "C", GroupRole.MEMBER), GroupMember.of(bob, "B", GroupRole.MEMBER)));
        });
        assertEquals(List.of(owner, carol, bob), addresses(db.read(tx -> tx.groups().members(group))));

        GroupMember dave = GroupMember.of(address(4), "D", GroupRole.ADMIN);
        db.useTransaction(tx -> {
            tx.groups().saveMember(group, dave);
            tx.groups().saveMember(group, GroupMember.of(carol, "Caroline", GroupRole.MEMBER).withStatus(MemberStatus.LEFT));
        });
        List<GroupMember> members = db.read(tx -> tx.groups().members(group));
        assertEquals(List.of(owner, carol, bob, address(4)), addresses(members));
        assertEquals("Caroline", members.get(1).nickname());
        assertEquals(MemberStatus.LEFT, members.get(1).status());
        assertEquals(dave, db.read(tx -> tx.groups().findMember(group, address(4))).orElseThrow());

        assertTrue(db.<Boolean>inTransaction(tx -> tx.groups().removeMember(group, bob)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.groups().removeMember(group, bob)));
        assertTrue(db.read(tx -> tx.groups().findMember(group, bob)).isEmpty());

        // createGroup replaces the whole list
        db.useTransaction(tx -> tx.groups().replaceMembers(group, List.of(GroupMember.of(owner, "O", GroupRole.OWNER))));
        assertEquals(List.of(owner), addresses(db.read(tx -> tx.groups().members(group))));
    }

    @Test
    void privacyModeOwnerMapsRealAndVirtualAddresses() {
        Address bobVirtual = GroupAddress.derive(bob, randomId);
        Address carolVirtual = GroupAddress.derive(carol, randomId);
        db.useTransaction(tx -> {
            tx.groups().save(newGroup(true));
            tx.groups().replaceMembers(group, List.of(
                    GroupMember.of(owner, "O", GroupRole.OWNER),
                    new GroupMember(bobVirtual, bob, "B", GroupRole.MEMBER, MemberStatus.ACTIVE),
                    new GroupMember(carolVirtual, carol, "C", GroupRole.MEMBER, MemberStatus.ACTIVE)));
        });
        assertEquals(bobVirtual, db.read(tx -> tx.groups().findMemberByRealAddress(group, bob)).orElseThrow().address());
        assertEquals(bob, db.read(tx -> tx.groups().findMember(group, bobVirtual)).orElseThrow().realAddress());
        assertEquals(owner, db.read(tx -> tx.groups().findMemberByRealAddress(group, owner)).orElseThrow().address(),
                "a member without a separate real address is found by its address");
        assertTrue(db.read(tx -> tx.groups().findMemberByRealAddress(group, address(7))).isEmpty());
        assertTrue(db.read(tx -> tx.groups().findMember(group, bob)).isEmpty(), "the real address is not the member's group name");
    }

    @Test
    void channels() {
        db.useTransaction(tx -> {
            tx.groups().save(newGroup(false));
            tx.groups().saveChannel(group, new Channel(2, "two"));
            tx.groups().saveChannel(group, new Channel(0, "general"));
            tx.groups().saveChannel(group, new Channel(2, "renamed"));
        });
        assertEquals(List.of(new Channel(0, "general"), new Channel(2, "renamed")), db.read(tx -> tx.groups().channels(group)));
        assertTrue(db.<Boolean>inTransaction(tx -> tx.groups().removeChannel(group, 2)));
        assertFalse(db.<Boolean>inTransaction(tx -> tx.groups().removeChannel(group, 2)));
        assertEquals(List.of(new Channel(0, "general")), db.read(tx -> tx.groups().channels(group)));
    }

    @Test
    void membersOfAnUnknownGroupAreRefused() {
        assertThrows(StoreException.class, () -> db.useTransaction(
                tx -> tx.groups().saveMember(group, GroupMember.of(bob, "", GroupRole.MEMBER))));
        assertTrue(db.read(tx -> tx.groups().members(group)).isEmpty());
    }

    private static List<Address> addresses(List<GroupMember> members) {
        return members.stream().map(GroupMember::address).toList();
    }
}
