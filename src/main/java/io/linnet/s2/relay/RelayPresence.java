package io.linnet.s2.relay;

import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.wire.NetworkProfile;
import java.util.List;

/**
 * A relay's own presence: one 'R' entry for its device, host name = its public "host:port", no PoW,
 * signed with its wallet key under the network's lock (§7.4).
 */
final class RelayPresence {
    private RelayPresence() {}

    static Presence sign(NodeIdentity id, NetworkProfile profile, String hostPort, long now) {
        PresenceAddress entry = new PresenceAddress(id.deviceId(), hostPort, NodeType.RELAY, id.productVersion(), now,
                null, null).sign(id.address(), id.key(), profile.checksumLock());
        return new Presence(id.address(), id.publicKeyBytes(), null, List.of(entry));
    }

    /** The KeepAlive a relay sends for its presence (the same signature). */
    static KeepAlive keepAlive(Presence own) {
        return own.addresses().getFirst().toKeepAlive(own.wallet());
    }
}
