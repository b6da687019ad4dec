package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.time.Instant;
import java.util.Objects;

/**
 * One sender's reaction to a message; each sender has at most one per message.
 *
 * @param sender who reacted (in a group, the address the sender goes by there)
 * @param reaction the reaction, usually one emoji
 * @param reactedAt when it was set
 */
public record Reaction(Address sender, String reaction, Instant reactedAt) {

    public Reaction {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(reaction, "reaction");
        reactedAt = Times.required(reactedAt, "reactedAt");
    }
}
