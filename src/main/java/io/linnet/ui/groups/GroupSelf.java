package io.linnet.ui.groups;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Group;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;

/** Whether we still take part in a group: our own entry (by the address we go by there) is among the active members. */
public final class GroupSelf {
    private GroupSelf() {}

    /** The address we go by in {@code g}: virtual in a hidden group we do not own, else our own. */
    public static Address ours(Messenger m, Group g) {
        Address me = m.address();
        return g.hideParticipants() && !g.owner().equals(me) ? GroupAddress.derive(me, g.randomId().toByteArray()) : me;
    }

    /** Reads the database: call it in the background. */
    public static boolean active(Messenger m, Address group) {
        return m.groups().find(group).map(g -> {
            Address us = ours(m, g);
            return m.groups().members(group).stream().anyMatch(x -> x.address().equals(us));
        }).orElse(false);
    }
}
