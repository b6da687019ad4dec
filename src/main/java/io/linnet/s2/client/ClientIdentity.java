package io.linnet.s2.client;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.RsaPrivateKey;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Who the client is on the network: the wallet's RSA key, the primary address derived from it, and a
 * device id that the application keeps across restarts (a fresh id per start would leave the previous
 * run's presence entry behind for up to 300 s).
 */
public record ClientIdentity(RsaPrivateKey key, Address address, byte[] deviceId) {
    public static final int DEVICE_ID_LENGTH = 16;

    public ClientIdentity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(deviceId, "deviceId");
        if (deviceId.length != DEVICE_ID_LENGTH) {
            throw new IllegalArgumentException("device id must have " + DEVICE_ID_LENGTH + " bytes, not " + deviceId.length);
        }
        address = address.withoutPublicKey();
        if (!address.equals(addressOf(key))) {
            throw new IllegalArgumentException("address " + address + " is not the address of the key");
        }
        deviceId = deviceId.clone();
    }

    /** The identity of {@code key} with its derived primary address. */
    public static ClientIdentity of(RsaPrivateKey key, byte[] deviceId) {
        return new ClientIdentity(key, addressOf(key), deviceId);
    }

    private static Address addressOf(RsaPrivateKey key) {
        try {
            return Address.fromPublicKey(key.publicKey().toIxianBytes()).withoutPublicKey();
        } catch (ProtocolException e) {
            throw new IllegalArgumentException("key has no Ixian address: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] deviceId() {
        return deviceId.clone();
    }

    /** The public key in Ixian's byte layout. */
    public byte[] publicKey() {
        return key.publicKey().toIxianBytes();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientIdentity c && address.equals(c.address) && java.util.Arrays.equals(deviceId, c.deviceId);
    }

    @Override
    public int hashCode() {
        return address.hashCode() * 31 + java.util.Arrays.hashCode(deviceId);
    }

    @Override
    public String toString() {
        return "ClientIdentity[" + address + " device " + HexFormat.of().formatHex(deviceId) + "]";
    }
}
