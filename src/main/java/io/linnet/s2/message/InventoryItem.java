package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.presence.KeepAlive;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One announcement inside {@link Inventory2}, at most {@value #MAX_BYTES} bytes, starting with a
 * {@code vi type}. Only the KeepAlive items (types 3 and 5) are modelled; every other type is kept as
 * raw bytes.
 */
public sealed interface InventoryItem {
    int MAX_BYTES = 192;
    int TYPE_KEEP_ALIVE = 3;
    int TYPE_KEEP_ALIVE2 = 5;

    long type();

    byte[] encode();

    /**
     * Type 3, as S2 0.9.3b sends it: {@code vi 3 ‖ bytes hash ‖ vi lastSeen ‖ bytes address ‖
     * bytes deviceId}, where the hash is the sender's 44-byte SHA3-512² of the KeepAlive or presence entry.
     */
    record KeepAliveItem(byte[] hash, long lastSeen, Address address, byte[] deviceId) implements InventoryItem {
        public KeepAliveItem {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(deviceId, "deviceId");
            hash = hash.clone();
            address = address.withoutPublicKey();
            deviceId = deviceId.clone();
        }

        @Override
        public long type() {
            return TYPE_KEEP_ALIVE;
        }

        @Override
        public byte[] hash() {
            return hash.clone();
        }

        @Override
        public byte[] deviceId() {
            return deviceId.clone();
        }

        public KeepAliveRef ref() {
            return new KeepAliveRef(address, deviceId);
        }

        @Override
        public byte[] encode() {
            return new IxiWriter(120).varInt(TYPE_KEEP_ALIVE).ixiBytes(hash).varInt(lastSeen)
                    .ixiBytes(address.noChecksum()).ixiBytes(deviceId).toByteArray();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeepAliveItem k && Arrays.equals(hash, k.hash) && lastSeen == k.lastSeen
                    && address.equals(k.address) && Arrays.equals(deviceId, k.deviceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(hash), lastSeen, address);
        }

        @Override
        public String toString() {
            return "KeepAliveItem[" + address + " " + HexFormat.of().formatHex(deviceId) + " t=" + lastSeen + "]";
        }
    }

    /**
     * Type 5, as Core master and the DLT send it: {@code vi 5 ‖ vi lastSeen ‖ bytes address ‖ bytes
     * deviceId}; its identity is {@link #id()}.
     */
    record KeepAlive2Item(long lastSeen, Address address, byte[] deviceId) implements InventoryItem {
        public KeepAlive2Item {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(deviceId, "deviceId");
            address = address.withoutPublicKey();
            deviceId = deviceId.clone();
        }

        @Override
        public long type() {
            return TYPE_KEEP_ALIVE2;
        }

        @Override
        public byte[] deviceId() {
            return deviceId.clone();
        }

        public KeepAliveRef ref() {
            return new KeepAliveRef(address, deviceId);
        }

        /** The item's identity: i64 big-endian lastSeen ‖ address (no checksum) ‖ deviceId. */
        public byte[] id() {
            byte[] a = address.noChecksum();
            byte[] out = new byte[8 + a.length + deviceId.length];
            for (int i = 0; i < 8; i++) {
                out[i] = (byte) (lastSeen >>> (56 - 8 * i));
            }
            System.arraycopy(a, 0, out, 8, a.length);
            System.arraycopy(deviceId, 0, out, 8 + a.length, deviceId.length);
            return out;
        }

        @Override
        public byte[] encode() {
            return new IxiWriter(80).varInt(TYPE_KEEP_ALIVE2).varInt(lastSeen).ixiBytes(address.noChecksum())
                    .ixiBytes(deviceId).toByteArray();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeepAlive2Item k && lastSeen == k.lastSeen && address.equals(k.address)
                    && Arrays.equals(deviceId, k.deviceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lastSeen, address, Arrays.hashCode(deviceId));
        }

        @Override
        public String toString() {
            return "KeepAlive2Item[" + address + " " + HexFormat.of().formatHex(deviceId) + " t=" + lastSeen + "]";
        }
    }

    /** Any other item (transactions, blocks, block signatures, unknown types), kept whole. */
    record OtherItem(long type, byte[] bytes) implements InventoryItem {
        public OtherItem {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public byte[] encode() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OtherItem x && type == x.type && Arrays.equals(bytes, x.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "OtherItem[type " + type + ", " + bytes.length + " bytes]";
        }
    }

    /** Reads one item; KeepAlive items must be complete and exact, other types are kept as they are. */
    static InventoryItem decode(byte[] item) throws ProtocolException {
        if (item.length > MAX_BYTES) {
            throw new ProtocolException("inventory item of " + item.length + " bytes exceeds " + MAX_BYTES);
        }
        IxiReader r = new IxiReader(item);
        long type = r.varInt("inventory item type");
        if (type == TYPE_KEEP_ALIVE) {
            byte[] hash = r.ixiBytes(64, "KeepAlive hash");
            long lastSeen = r.varInt("last seen");
            Address address = address(r);
            byte[] device = r.ixiBytes(KeepAlive.MAX_DEVICE_ID, "device id");
            r.expectEnd("KeepAlive inventory item");
            return new KeepAliveItem(hash == null ? new byte[0] : hash, lastSeen, address, orEmpty(device));
        }
        if (type == TYPE_KEEP_ALIVE2) {
            long lastSeen = r.varInt("last seen");
            Address address = address(r);
            byte[] device = r.ixiBytes(KeepAlive.MAX_DEVICE_ID, "device id");
            r.expectEnd("KeepAlive2 inventory item");
            return new KeepAlive2Item(lastSeen, address, orEmpty(device));
        }
        return new OtherItem(type, item);
    }

    private static Address address(IxiReader r) throws ProtocolException {
        int at = r.position();
        byte[] a = r.ixiBytes(48, "address");
        if (a == null) {
            throw new ProtocolException("inventory item without address", at);
        }
        return Address.fromBytes(a);
    }

    private static byte[] orEmpty(byte[] b) {
        return b == null ? new byte[0] : b;
    }
}
