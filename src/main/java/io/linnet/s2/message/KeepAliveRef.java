package io.linnet.s2.message;

import io.linnet.ixian.address.Address;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** A (wallet, device) pair naming one KeepAlive, as requested by {@link GetKeepAlives} and announced in inventories. */
public record KeepAliveRef(Address address, byte[] deviceId) {
    public KeepAliveRef {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(deviceId, "deviceId");
        address = address.withoutPublicKey();
        deviceId = deviceId.clone();
    }

    @Override
    public byte[] deviceId() {
        return deviceId.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeepAliveRef k && address.equals(k.address) && Arrays.equals(deviceId, k.deviceId);
    }

    @Override
    public int hashCode() {
        return address.hashCode() * 31 + Arrays.hashCode(deviceId);
    }

    @Override
    public String toString() {
        return "KeepAliveRef[" + address + ", " + HexFormat.of().formatHex(deviceId) + "]";
    }
}
