package io.linnet.chat.core;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Transaction;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.SpixiMessage;
import java.util.List;
import java.util.Optional;

/**
 * The group engine's routing, for other parts of the engine that write group messages of their own (file
 * offers): who a message goes to, and queuing it there, adapted to each hop's app. Engine thread; every
 * method works inside the caller's transaction.
 */
public interface GroupFanOut {

    /** The address we go by in {@code group} (virtual in privacy mode unless we own it), if we are an active member. */
    Optional<Address> me(Transaction tx, Address group);

    /** The contacts a message we write to {@code group} goes to now (all members, or the owner who relays). */
    List<Contact> ourHops(Transaction tx, Address group);

    /**
     * Queues {@code s} (carrying the group's address) to {@link #ourHops} under stream id {@code id}, naming us
     * as author where the owner must relay it; how many copies were queued.
     */
    int queueOurs(Transaction tx, Address group, SpixiMessage s, Bytes id, MessageKey history);

    /** As the group's owner: the members a relayed message goes to, all but the one whose real address is {@code from}. */
    List<Contact> relayHops(Transaction tx, Address group, Address from);

    /** As the group's owner: queues {@code s} to {@link #relayHops} under {@code id}, naming {@code author}. */
    void relay(Transaction tx, Address group, Address from, Address author, Bytes id, SpixiMessage s);
}
