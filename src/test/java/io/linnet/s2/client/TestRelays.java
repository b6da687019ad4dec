package io.linnet.s2.client;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.wire.NetworkProfile;
import io.linnet.s2.wire.SeedNode;
import java.util.List;
import java.util.Optional;

/** Relay identities for engine tests: keys, addresses and signed 'R' presences at "127.0.0.1:port". */
final class TestRelays {
    static final NetworkProfile LOCAL = NetworkProfile.local();

    record Relay(RsaPrivateKey key, Address address, int port) {
        String hostPort() {
            return "127.0.0.1:" + port;
        }

        SeedNode seed() {
            return new SeedNode("127.0.0.1", port, Optional.of(address));
        }

        Presence presence(long networkNow) {
            PresenceAddress entry = new PresenceAddress(new byte[] {1}, hostPort(), NodeType.RELAY, "jrelay-test",
                    networkNow, null, null).sign(address, key, LOCAL.checksumLock());
            return new Presence(address, key.publicKey().toIxianBytes(), null, List.of(entry));
        }
    }

    private TestRelays() {}

    static Relay relay(int port) {
        RsaPrivateKey k = Rsa.generate(2048, 1);
        return new Relay(k, ClientIdentity.of(k, new byte[16]).address(), port);
    }

    static ClientIdentity client(int deviceByte) {
        byte[] device = new byte[16];
        device[0] = (byte) deviceByte;
        return ClientIdentity.of(Rsa.generate(2048, 1), device);
    }

    /** The signed presence of a client attached to {@code relayHostPort}. */
    static Presence clientPresence(ClientIdentity c, String relayHostPort, long networkNow) {
        PresenceAddress entry = new PresenceAddress(c.deviceId(), relayHostPort, NodeType.CLIENT, "linnet-test",
                networkNow, null, null).sign(c.address(), c.key(), LOCAL.checksumLock());
        return new Presence(c.address(), c.publicKey(), null, List.of(entry));
    }
}
