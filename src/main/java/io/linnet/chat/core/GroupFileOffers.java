package io.linnet.chat.core;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;

/**
 * Where the group engine hands a {@code fileHeader} sent in a group, once it has checked the sender and
 * worked out the author. Engine thread, inside the group engine's transaction.
 */
@FunctionalInterface
public interface GroupFileOffers {

    /**
     * Stores the offer of a file in {@code group}.
     *
     * @param from the contact it came from (the author, or the owner relaying it)
     * @param author the author as it goes by in the group
     * @param relay whether we, as the owner, must pass it on to the other members
     */
    Verdict onGroupOffer(Transaction tx, Group group, Contact from, Address author, StreamMessage m, SpixiMessage s,
            boolean relay) throws ProtocolException;
}
