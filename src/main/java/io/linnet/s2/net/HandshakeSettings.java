package io.linnet.s2.net;

import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.wire.NetworkProfile;
import java.util.Objects;

/**
 * What one side brings to a handshake.
 *
 * @param identity    key, node type, product version and device id
 * @param profile     the network (lock and testnet flag)
 * @param signingHost this node's own public "ip:port" as peers dial it, signed into its hello or
 *                    helloData; "" for a client, which has none
 * @param port        the listening port announced in the hello fields (0 for a client)
 * @param verifier    checks the peer's signature (for every node type except 'C')
 * @param options     the connection's clocks, tolerance, limits and clock
 */
public record HandshakeSettings(NodeIdentity identity, NetworkProfile profile, String signingHost, int port,
        SignatureVerifier verifier, ConnectionOptions options) {

    public HandshakeSettings {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(signingHost, "signingHost");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(options, "options");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    /** A client's settings: no public host, port 0, real RSA verification, default connection options. */
    public static HandshakeSettings client(NodeIdentity identity, NetworkProfile profile) {
        return new HandshakeSettings(identity, profile, "", 0, SignatureVerifier.rsa(), ConnectionOptions.defaults());
    }

    public HandshakeSettings withOptions(ConnectionOptions o) {
        return new HandshakeSettings(identity, profile, signingHost, port, verifier, o);
    }

    /** The current time in unix seconds by the options' clock. */
    long nowSeconds() {
        return options.clock().instant().getEpochSecond();
    }
}
