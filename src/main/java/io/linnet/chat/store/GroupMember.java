package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.util.Objects;

/**
 * One member of a group.
 *
 * @param address the address the member goes by in this group: the real address in standard mode, the
 *     virtual address ({@code GroupAddress.derive(real, randomId)}) for members of a privacy-mode group
 *     as joiners see them. Unique within the group.
 * @param realAddress the member's real address when it differs from {@code address} and we know it: only
 *     the owner of a privacy-mode group does. {@code null} otherwise.
 * @param nickname the nickname the owner assigned or the member announced, {@code ""} if none
 * @param role the member's role
 * @param status whether the member still takes part
 */
public record GroupMember(Address address, Address realAddress, String nickname, GroupRole role,
        MemberStatus status) {

    public GroupMember {
        Objects.requireNonNull(address, "address");
        nickname = nickname == null ? "" : nickname;
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }

    /** An active member known by one address. */
    public static GroupMember of(Address address, String nickname, GroupRole role) {
        return new GroupMember(address, null, nickname, role, MemberStatus.ACTIVE);
    }

    public GroupMember withStatus(MemberStatus v) {
        return new GroupMember(address, realAddress, nickname, role, v);
    }
}
