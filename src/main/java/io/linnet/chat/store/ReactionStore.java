package io.linnet.chat.store;

import io.linnet.ixian.address.Address;
import java.time.Instant;
import java.util.List;

/** Reactions to messages: one per sender per message. */
public interface ReactionStore {

    /**
     * Sets {@code sender}'s reaction to a message, replacing an earlier one unless that one is newer.
     * {@code false} if the message is unknown or the stored reaction is newer.
     */
    boolean react(MessageKey message, Reaction reaction);

    /** Removes {@code sender}'s reaction; whether there was one. */
    boolean remove(MessageKey message, Address sender);

    /** The reactions to a message, oldest first. */
    List<Reaction> reactions(MessageKey message);

    /**
     * The reactions to each of the messages with these {@link StoredMessage#seq() seq} numbers that has any,
     * oldest first, in one query (a page of the message list).
     */
    java.util.Map<Long, List<Reaction>> reactionsBySeq(java.util.Collection<Long> messageSeqs);

    /** Reactions are kept with their time; this is the same as {@code react(message, new Reaction(...))}. */
    default boolean react(MessageKey message, Address sender, String reaction, Instant at) {
        return react(message, new Reaction(sender, reaction, at));
    }
}
