package io.linnet.s2.presence;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.RsaPrivateKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One device entry of a {@link Presence} (PresenceAddress v2): the stored form of that device's latest
 * {@link KeepAlive}, plus the software version it runs.
 *
 * <p>Layout: {@code vi version(2) ‖ bytes deviceId ‖ str hostName ‖ char type ‖ str nodeVersion ‖
 * vi lastSeen ‖ bytes signature ‖ bytes powSolution}. Two writer quirks of Ixian-Core are kept so the
 * bytes match: an absent signature and an absent PoW are each written as a 4-byte zero integer instead
 * of a one-byte zero length. The reader therefore takes the PoW only if bytes remain and ignores
 * whatever follows it. The signature is the KeepAlive's: see {@link #toKeepAlive(Address)}.
 */
public record PresenceAddress(byte[] deviceId, String hostName, NodeType type, String nodeVersion, long lastSeen,
        byte[] signature, byte[] powSolution) {
    public static final int VERSION = 2;
    /** Largest encoded entry a reader accepts. */
    public static final int MAX_BYTES = 1024;

    public PresenceAddress {
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nodeVersion, "nodeVersion");
        deviceId = copy(deviceId);
        signature = copy(signature);
        powSolution = copy(powSolution);
    }

    private static byte[] copy(byte[] b) {
        return b == null || b.length == 0 ? null : b.clone();
    }

    /** The entry a KeepAlive turns into when it is accepted. */
    public static PresenceAddress fromKeepAlive(KeepAlive ka, String nodeVersion) {
        return new PresenceAddress(ka.deviceId(), ka.hostName(), ka.nodeType(), nodeVersion, ka.timestamp(),
                ka.signature(), ka.powSolution());
    }

    /** The KeepAlive this entry was made from; its checksum is what the signature covers. */
    public KeepAlive toKeepAlive(Address wallet) {
        return new KeepAlive(wallet, deviceId, lastSeen, hostName, type, powSolution, signature);
    }

    /** The 44 bytes the wallet key signs for this entry under the given network lock. */
    public byte[] checksum(Address wallet, String networkLock) {
        return toKeepAlive(wallet).checksum(networkLock);
    }

    /** This entry signed by {@code wallet}'s key (the signature of the KeepAlive it stands for). */
    public PresenceAddress sign(Address wallet, RsaPrivateKey walletKey, String networkLock) {
        return withSignature(toKeepAlive(wallet).sign(walletKey, networkLock).signature());
    }

    public PresenceAddress withSignature(byte[] sig) {
        return new PresenceAddress(deviceId, hostName, type, nodeVersion, lastSeen, sig, powSolution);
    }

    public PresenceAddress withPowSolution(byte[] pow) {
        return new PresenceAddress(deviceId, hostName, type, nodeVersion, lastSeen, signature, pow);
    }

    @Override
    public byte[] deviceId() {
        return copy(deviceId);
    }

    @Override
    public byte[] signature() {
        return copy(signature);
    }

    @Override
    public byte[] powSolution() {
        return copy(powSolution);
    }

    /** Length of the device id (0 when absent), without copying. */
    public int deviceIdLength() {
        return deviceId == null ? 0 : deviceId.length;
    }

    /** The wire form, with Ixian-Core's {@code i32 0} placeholders for an absent signature or PoW. */
    public byte[] encode() {
        IxiWriter w = new IxiWriter(640)
                .varInt(VERSION)
                .ixiBytes(deviceId)
                .dotNetString(hostName)
                .u8(type.letter())
                .dotNetString(nodeVersion)
                .varInt(lastSeen);
        if (signature != null) {
            w.ixiBytes(signature);
        } else {
            w.int32(0);
        }
        if (powSolution != null) {
            w.ixiBytes(powSolution);
        } else {
            w.int32(0);
        }
        return w.toByteArray();
    }

    /** Reads one entry; the PoW is optional and bytes after it are ignored. Only version 2 is supported. */
    public static PresenceAddress decode(byte[] bytes) throws ProtocolException {
        if (bytes.length > MAX_BYTES) {
            throw new ProtocolException("presence address of " + bytes.length + " bytes exceeds " + MAX_BYTES);
        }
        if (bytes.length > 0 && bytes[0] == 1) {
            throw new ProtocolException("legacy presence address v1 is not supported", 0);
        }
        IxiReader r = new IxiReader(bytes);
        long version = r.varInt("presence address version");
        if (version != VERSION) {
            throw new ProtocolException("presence address version " + version + " is not supported (only v2)", 0);
        }
        byte[] device = r.ixiBytes(MAX_BYTES, "device id");
        String host = r.dotNetString(MAX_BYTES, "host name");
        int typeAt = r.position();
        NodeType type = NodeType.of(r.u8("node type"), typeAt);
        String nodeVersion = r.dotNetString(MAX_BYTES, "node version");
        long lastSeen = r.varInt("last seen time");
        byte[] sig = r.ixiBytes(MAX_BYTES, "signature");
        byte[] pow = r.hasRemaining() ? r.ixiBytes(MAX_BYTES, "PoW solution") : null;
        return new PresenceAddress(device, host, type, nodeVersion, lastSeen, sig, pow);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresenceAddress p && Arrays.equals(deviceId, p.deviceId) && hostName.equals(p.hostName)
                && type == p.type && nodeVersion.equals(p.nodeVersion) && lastSeen == p.lastSeen
                && Arrays.equals(signature, p.signature) && Arrays.equals(powSolution, p.powSolution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(deviceId), hostName, type, nodeVersion, lastSeen);
    }

    @Override
    public String toString() {
        return "PresenceAddress[device=" + (deviceId == null ? "-" : HexFormat.of().formatHex(deviceId)) + " host="
                + hostName + " " + type + " " + nodeVersion + " t=" + lastSeen
                + (signature == null ? " unsigned" : " signed") + (powSolution == null ? "" : " pow") + "]";
    }
}
