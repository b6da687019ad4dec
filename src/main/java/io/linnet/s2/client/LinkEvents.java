package io.linnet.s2.client;

import io.linnet.s2.message.S2Message;

/** What a {@link RelayConnector} reports about the connections it opens; see there for the order. */
interface LinkEvents {

    void linkUp(RelayLink link);

    void connectFailed(RelayEndpoint endpoint, String reason);

    void message(RelayLink link, S2Message message);

    void linkDown(RelayLink link, String reason);
}
