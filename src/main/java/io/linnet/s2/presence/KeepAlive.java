package io.linnet.s2.presence;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.Hashes;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A signed presence heartbeat (KeepAlive v2): "wallet W's device D is reachable via host H at time T".
 *
 * <p>Layout: {@code vi version(2) ‖ bytes wallet ‖ bytes deviceId ‖ vi timestamp ‖ str hostName ‖
 * char nodeType ‖ bytes powSolution ‖ bytes signature}. The checksum that gets signed is
 * {@code first44(SHA3-512²(lock ‖ bytes-without-signature))}, where the network's lock string keeps
 * objects of one network from verifying on another.
 */
public record KeepAlive(Address wallet, byte[] deviceId, long timestamp, String hostName, NodeType nodeType,
        byte[] powSolution, byte[] signature) {
    public static final int VERSION = 2;
    public static final int MAX_DEVICE_ID = 64;
    public static final int MAX_HOST_NAME = 255;
    public static final int MAX_POW = 2048;
    public static final int MAX_SIGNATURE = 1024;
    public static final int CHECKSUM_LENGTH = 44;

    public KeepAlive {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(nodeType, "nodeType");
        wallet = wallet.withoutPublicKey();
        deviceId = copy(deviceId);
        powSolution = copy(powSolution);
        signature = copy(signature);
    }

    private static byte[] copy(byte[] b) {
        return b == null || b.length == 0 ? null : b.clone();
    }

    @Override
    public byte[] deviceId() {
        return copy(deviceId);
    }

    @Override
    public byte[] powSolution() {
        return copy(powSolution);
    }

    @Override
    public byte[] signature() {
        return copy(signature);
    }

    public KeepAlive withSignature(byte[] sig) {
        return new KeepAlive(wallet, deviceId, timestamp, hostName, nodeType, powSolution, sig);
    }

    /** This KeepAlive signed by the wallet key: SHA512withRSA over {@link #checksum(String)} under {@code networkLock}. */
    public KeepAlive sign(RsaPrivateKey walletKey, String networkLock) {
        return withSignature(Rsa.sign(walletKey, checksum(networkLock)));
    }

    private IxiWriter body() {
        return new IxiWriter(160)
                .varInt(VERSION)
                .ixiBytes(wallet.noChecksum())
                .ixiBytes(deviceId)
                .varInt(timestamp)
                .dotNetString(hostName)
                .u8(nodeType.letter())
                .ixiBytes(powSolution);
    }

    /** The network form, signature included. */
    public byte[] encode() {
        return body().ixiBytes(signature).toByteArray();
    }

    /** The bytes the checksum covers (everything but the signature). */
    public byte[] checksumForm() {
        return body().toByteArray();
    }

    /** {@code first44(SHA3-512²(lock ‖ checksumForm))}: the bytes the wallet key signs. */
    public byte[] checksum(String networkLock) {
        byte[] lock = networkLock.getBytes(StandardCharsets.UTF_8);
        byte[] form = checksumForm();
        byte[] input = Arrays.copyOf(lock, lock.length + form.length);
        System.arraycopy(form, 0, input, lock.length, form.length);
        return Hashes.sha3_512sqTrunc(input, 0, 0, CHECKSUM_LENGTH);
    }

    public static KeepAlive decode(byte[] bytes) throws ProtocolException {
        IxiReader r = new IxiReader(bytes);
        long version = r.varInt("keep-alive version");
        if (version != VERSION) {
            throw new ProtocolException("keep-alive version " + version + " is not supported (only v2)", 0);
        }
        byte[] wallet = r.ixiBytes(48, "wallet");
        if (wallet == null) {
            throw new ProtocolException("keep-alive without wallet address", r.position());
        }
        Address address = Address.fromBytes(wallet);
        byte[] device = r.ixiBytes(MAX_DEVICE_ID, "device id");
        int tsAt = r.position();
        long ts = r.varUInt("timestamp");
        if (ts < 0) {
            throw new ProtocolException("keep-alive timestamp out of range", tsAt);
        }
        String host = r.dotNetString(MAX_HOST_NAME, "host name");
        int typeAt = r.position();
        NodeType type = NodeType.of(r.u8("node type"), typeAt);
        byte[] pow = r.ixiBytes(MAX_POW, "PoW solution");
        byte[] sig = r.ixiBytes(MAX_SIGNATURE, "signature");
        r.expectEnd("keep-alive");
        return new KeepAlive(address, device, ts, host, type, pow, sig);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeepAlive k && wallet.equals(k.wallet) && Arrays.equals(deviceId, k.deviceId)
                && timestamp == k.timestamp && hostName.equals(k.hostName) && nodeType == k.nodeType
                && Arrays.equals(powSolution, k.powSolution) && Arrays.equals(signature, k.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wallet, Arrays.hashCode(deviceId), timestamp, hostName, nodeType);
    }

    @Override
    public String toString() {
        return "KeepAlive[" + wallet + " device=" + (deviceId == null ? "-" : java.util.HexFormat.of().formatHex(deviceId))
                + " t=" + timestamp + " host=" + hostName + " " + nodeType + (signature == null ? " unsigned" : " signed") + "]";
    }
}
