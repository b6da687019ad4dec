package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.time.Instant;
import java.util.Objects;

/**
 * A peer-to-peer group (ixian-streaming-groups.md §6): a virtual address derived from the owner's address
 * and a random id, with no group key of its own.
 *
 * @param address the group's virtual address (the key of the record)
 * @param randomId the random id the address was derived from
 * @param owner the creator's real address
 * @param name the group name
 * @param hideParticipants privacy ("Blind") mode: members see each other only by virtual addresses
 * @param ownRole our role in the group
 * @param lastCreateGroupTimestamp timestamp of the newest createGroup accepted for this group, the replay
 *     guard of {@link GroupStore#acceptCreateGroup}
 * @param muted whether notifications are off
 * @param avatar the group image, {@link Bytes#EMPTY} if none
 * @param createdAt when we created or joined the group
 */
public record Group(
        Address address,
        Bytes randomId,
        Address owner,
        String name,
        boolean hideParticipants,
        GroupRole ownRole,
        long lastCreateGroupTimestamp,
        boolean muted,
        Bytes avatar,
        Instant createdAt) {

    public Group {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(randomId, "randomId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownRole, "ownRole");
        avatar = avatar == null ? Bytes.EMPTY : avatar;
        createdAt = Times.required(createdAt, "createdAt");
    }

    public Group withName(String v) {
        return new Group(address, randomId, owner, v, hideParticipants, ownRole, lastCreateGroupTimestamp,
                muted, avatar, createdAt);
    }

    public Group withHideParticipants(boolean v) {
        return new Group(address, randomId, owner, name, v, ownRole, lastCreateGroupTimestamp, muted, avatar,
                createdAt);
    }

    public Group withAvatar(Bytes v) {
        return new Group(address, randomId, owner, name, hideParticipants, ownRole, lastCreateGroupTimestamp,
                muted, v, createdAt);
    }
}
