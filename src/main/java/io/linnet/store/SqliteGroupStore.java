package io.linnet.store;

import io.linnet.chat.store.Channel;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.GroupStore;
import io.linnet.chat.store.MemberStatus;
import io.linnet.chat.store.StoreException;
import io.linnet.ixian.address.Address;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Groups with their members and channels. */
final class SqliteGroupStore extends Repository implements GroupStore {
    private static final String GROUP_COLUMNS = """
            address, random_id, owner, name, hide_participants, own_role, last_create_group_timestamp, muted,
            avatar, created_at""";
    private static final String MEMBER_COLUMNS = "address, real_address, nickname, role, status";

    SqliteGroupStore(SqliteTransaction tx) {
        super(tx);
    }

    @Override
    public void save(Group g) {
        writable().update("INSERT INTO chat_groups (" + GROUP_COLUMNS + " " + """
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (address) DO UPDATE SET random_id = excluded.random_id, owner = excluded.owner,
                    name = excluded.name, hide_participants = excluded.hide_participants,
                    own_role = excluded.own_role, avatar = excluded.avatar, created_at = excluded.created_at""",
                g.address(), g.randomId(), g.owner(), g.name(), g.hideParticipants(), g.ownRole().code(),
                g.lastCreateGroupTimestamp(), g.muted(), Sql.orNull(g.avatar()), g.createdAt());
    }

    @Override
    public Optional<Group> find(Address group) {
        return db().queryFirst("SELECT " + GROUP_COLUMNS + " FROM chat_groups WHERE address = ?", this::mapGroup, group);
    }

    @Override
    public List<Group> all() {
        return db().query("SELECT " + GROUP_COLUMNS + " FROM chat_groups ORDER BY created_at, id", this::mapGroup);
    }

    @Override
    public boolean delete(Address group) {
        return writable().update("DELETE FROM chat_groups WHERE address = ?", group) > 0;
    }

    @Override
    public boolean acceptCreateGroup(Address group, long timestamp) {
        return writable().update("""
                UPDATE chat_groups SET last_create_group_timestamp = ?
                WHERE address = ? AND last_create_group_timestamp <= ?""", timestamp, group, timestamp) > 0;
    }

    @Override
    public boolean setMuted(Address group, boolean muted) {
        return writable().update("UPDATE chat_groups SET muted = ? WHERE address = ?", muted, group) > 0;
    }

    @Override
    public List<GroupMember> members(Address group) {
        return db().query("SELECT " + MEMBER_COLUMNS + " " + """
                FROM group_members WHERE group_id = (SELECT id FROM chat_groups WHERE address = ?)
                ORDER BY position""", SqliteGroupStore::mapMember, group);
    }

    @Override
    public void replaceMembers(Address group, List<GroupMember> members) {
        long id = groupId(group);
        writable().update("DELETE FROM group_members WHERE group_id = ?", id);
        int position = 0;
        for (GroupMember m : members) {
            insertMember(id, position++, m);
        }
    }

    @Override
    public void saveMember(Address group, GroupMember m) {
        long id = groupId(group);
        int changed = writable().update("""
                UPDATE group_members SET real_address = ?, nickname = ?, role = ?, status = ?
                WHERE group_id = ? AND address = ?""",
                m.realAddress(), m.nickname(), m.role().code(), m.status().code(), id, m.address());
        if (changed == 0) {
            long next = db().queryLong("SELECT max(position) + 1 FROM group_members WHERE group_id = ?", 0, id);
            insertMember(id, next, m);
        }
    }

    @Override
    public boolean removeMember(Address group, Address member) {
        return writable().update("""
                DELETE FROM group_members
                WHERE group_id = (SELECT id FROM chat_groups WHERE address = ?) AND address = ?""",
                group, member) > 0;
    }

    @Override
    public Optional<GroupMember> findMember(Address group, Address address) {
        return db().queryFirst("SELECT " + MEMBER_COLUMNS + " " + """
                FROM group_members
                WHERE group_id = (SELECT id FROM chat_groups WHERE address = ?) AND address = ?""",
                SqliteGroupStore::mapMember, group, address);
    }

    @Override
    public Optional<GroupMember> findMemberByRealAddress(Address group, Address realAddress) {
        return db().queryFirst("SELECT " + MEMBER_COLUMNS + " " + """
                FROM group_members
                WHERE group_id = (SELECT id FROM chat_groups WHERE address = ?)
                  AND (real_address = ? OR (real_address IS NULL AND address = ?))
                ORDER BY real_address IS NULL LIMIT 1""",
                SqliteGroupStore::mapMember, group, realAddress, realAddress);
    }

    @Override
    public List<Channel> channels(Address group) {
        return db().query("""
                SELECT channel_index, name FROM group_channels
                WHERE group_id = (SELECT id FROM chat_groups WHERE address = ?) ORDER BY channel_index""",
                rs -> new Channel(rs.getInt(1), rs.getString(2)), group);
    }

    @Override
    public void saveChannel(Address group, Channel channel) {
        writable().update("""
                INSERT INTO group_channels (group_id, channel_index, name) VALUES (?, ?, ?)
                ON CONFLICT (group_id, channel_index) DO UPDATE SET name = excluded.name""",
                groupId(group), channel.index(), channel.name());
    }

    @Override
    public boolean removeChannel(Address group, int index) {
        return writable().update("""
                DELETE FROM group_channels
                WHERE group_id = (SELECT id FROM chat_groups WHERE address = ?) AND channel_index = ?""",
                group, index) > 0;
    }

    private long groupId(Address group) {
        long id = db().queryLong("SELECT id FROM chat_groups WHERE address = ?", -1, group);
        if (id < 0) {
            throw new StoreException("no group " + group);
        }
        return id;
    }

    private void insertMember(long groupId, long position, GroupMember m) {
        writable().update("""
                INSERT INTO group_members (group_id, position, address, real_address, nickname, role, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                groupId, position, m.address(), m.realAddress(), m.nickname(), m.role().code(), m.status().code());
    }

    private Group mapGroup(ResultSet rs) throws SQLException {
        return new Group(Sql.address(rs, "address"), Sql.bytes(rs, "random_id"), Sql.address(rs, "owner"),
                rs.getString("name"), Sql.bool(rs, "hide_participants"), GroupRole.fromCode(rs.getInt("own_role")),
                rs.getLong("last_create_group_timestamp"), Sql.bool(rs, "muted"), Sql.bytes(rs, "avatar"),
                Sql.instant(rs, "created_at"));
    }

    private static GroupMember mapMember(ResultSet rs) throws SQLException {
        return new GroupMember(Sql.address(rs, "address"), Sql.address(rs, "real_address"), rs.getString("nickname"),
                GroupRole.fromCode(rs.getInt("role")), MemberStatus.fromCode(rs.getInt("status")));
    }
}
