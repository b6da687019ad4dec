package io.linnet.s2.net;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.presence.NodeType;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Who this node says it is in a handshake: its wallet key (and the primary address derived from it),
 * its node type, product version string (at most 20 characters) and device id (at most 32 bytes).
 */
public record NodeIdentity(RsaPrivateKey key, Address address, NodeType nodeType, String productVersion,
        byte[] deviceId) {
    /** The device id Ixian relays use. */
    public static final byte[] RELAY_DEVICE_ID = {1};

    public NodeIdentity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(deviceId, "deviceId");
        if (productVersion.length() > 20) {
            throw new IllegalArgumentException("product version longer than 20 characters");
        }
        if (deviceId.length > 32) {
            throw new IllegalArgumentException("device id longer than 32 bytes");
        }
        if (!address.equals(addressOf(key))) {
            throw new IllegalArgumentException("address does not belong to the key");
        }
        address = address.withoutPublicKey();
        deviceId = deviceId.clone();
    }

    /** The identity of {@code key}'s primary address. */
    public static NodeIdentity of(RsaPrivateKey key, NodeType type, String productVersion, byte[] deviceId) {
        return new NodeIdentity(key, addressOf(key), type, productVersion, deviceId);
    }

    private static Address addressOf(RsaPrivateKey key) {
        try {
            return Address.fromPublicKey(key.publicKey().toIxianBytes());
        } catch (ProtocolException e) {
            throw new IllegalArgumentException("key has no Ixian address: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] deviceId() {
        return deviceId.clone();
    }

    /** The public key in Ixian's byte layout. */
    public byte[] publicKeyBytes() {
        return key.publicKey().toIxianBytes();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeIdentity n && address.equals(n.address) && nodeType == n.nodeType
                && productVersion.equals(n.productVersion) && Arrays.equals(deviceId, n.deviceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, nodeType, productVersion, Arrays.hashCode(deviceId));
    }

    @Override
    public String toString() {
        return "NodeIdentity[" + address + " " + nodeType + " " + productVersion + " device "
                + HexFormat.of().formatHex(deviceId) + "]";
    }
}
