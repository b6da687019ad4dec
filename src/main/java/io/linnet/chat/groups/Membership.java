package io.linnet.chat.groups;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.GroupRole;
import io.linnet.chat.store.MemberStatus;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.address.Address;

/**
 * Leaving (§6.10): a member's {@code leave} removes that member everywhere; the owner's dissolves the group.
 * We keep a group we are no longer in (its name titles the kept history): our own member entry then says
 * {@link MemberStatus#LEFT} or {@link MemberStatus#KICKED}. Stateless; engine thread.
 */
final class Membership {
    static final String LEFT = "left";
    static final String DISSOLVED = "dissolved";
    static final String REMOVED = "removed";

    private Membership() {}

    /** Records our own status in the group (adding our entry if the owner's list no longer has it). */
    static void markSelf(Transaction tx, GroupView v, MemberStatus status) {
        GroupMember me = tx.groups().findMember(v.address(), v.me())
                .orElseGet(() -> GroupMember.of(v.me(), "", v.owned() ? GroupRole.OWNER : GroupRole.MEMBER));
        tx.groups().saveMember(v.address(), me.withStatus(status));
    }

    /**
     * {@code author} (as we see it) left: the owner's leave dissolves the group, anyone else's removes them.
     * Whether anything changed.
     */
    static boolean onLeave(EngineContext ctx, Transaction tx, GroupView v, Address author) {
        if (author.equals(v.owner())) {
            if (!v.active(tx)) {
                return false;
            }
            StrandedCopies.drop(tx, v.address(), v.owner());
            markSelf(tx, v, MemberStatus.LEFT);
            ctx.events().afterCommit(tx, new EngineEvent.GroupLeft(v.address(), DISSOLVED));
            return true;
        }
        if (!tx.groups().removeMember(v.address(), author)) {
            return false;
        }
        ctx.events().afterCommit(tx, new EngineEvent.GroupChanged(tx.groups().find(v.address()).orElseThrow()));
        return true;
    }
}
