package io.linnet.cli.daemon;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Group;
import io.linnet.ixian.address.Address;
import java.util.Optional;

/**
 * The one place that resolves the address an endpoint names as a conversation: one of our contacts, or a
 * group we are in (or were in: its history stays readable, and the engine refuses anything else with a
 * 409). Every conversation endpoint goes through {@link #require}, so a group address works wherever a
 * contact's does.
 */
final class Conversations {
    private Conversations() {}

    /** The conversation with {@code who}: a contact or a known group; a 404 otherwise. */
    static Address require(Messenger m, Address who) {
        Optional<Group> group = m.groups().find(who);
        if (group.isPresent()) {
            return group.get().address();
        }
        return m.contacts().stream().filter(c -> c.address().equals(who)).findFirst()
                .orElseThrow(() -> ApiException.notFound("unknown contact or group " + who)).address();
    }
}
