package io.linnet.chat.core;

import io.linnet.chat.store.Contact;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;

/**
 * Where the receive pipeline hands group traffic, once the message is decrypted and its sender is known to
 * be an approved contact (the transport sender). Each method commits what it stores before it returns and
 * says whether the message is acknowledged. Engine thread.
 */
public interface GroupTraffic {

    /** A SpixiMessage that carries a group address. */
    Verdict onGroupMessage(Contact from, StreamMessage m, SpixiMessage s) throws ProtocolException;

    /** A {@code createGroup}, which travels one-to-one from the group's creator. */
    Verdict onCreateGroup(Contact from, StreamMessage m, SpixiMessage s) throws ProtocolException;
}
