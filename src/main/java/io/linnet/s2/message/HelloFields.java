package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.NetworkProfile;
import java.util.Arrays;
import java.util.Objects;

/**
 * The identity part shared by {@link Hello} and {@link HelloData}: {@code vi protocolVersion ‖ bytes
 * address ‖ bool testnet ‖ char nodeType ‖ str productVersion ‖ bytes deviceId ‖ bytes publicKey ‖
 * vi port ‖ vi timestamp ‖ bytes signature}.
 *
 * <p>The address is written without checksum and read in either form. The reader is lenient about the
 * limits the protocol enforces with a {@code bye} (version, version-string length, device-id length) so
 * that {@link HelloValidator} can answer with the right reason; anything unparsable is a
 * {@link ProtocolException}, which a node answers with bye 501.
 */
public record HelloFields(int protocolVersion, Address address, boolean testnet, NodeType nodeType,
        String productVersion, byte[] deviceId, byte[] publicKey, int port, long timestamp, byte[] signature) {
    public static final int PROTOCOL_VERSION = 6;
    /** Longest address field a node reads before answering bye 605. */
    public static final int MAX_ADDRESS_FIELD = 70;
    /** Decoder limits; the protocol's own limits are checked by {@link HelloValidator}. */
    static final int MAX_VERSION_STRING_BYTES = 256;
    static final int MAX_DEVICE_ID_BYTES = 256;
    static final int MAX_PUBLIC_KEY = 4096;
    static final int MAX_SIGNATURE = 4096;

    public HelloFields {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(publicKey, "publicKey");
        if (protocolVersion < 0) {
            throw new IllegalArgumentException("negative protocol version");
        }
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port " + port);
        }
        address = address.withoutPublicKey();
        deviceId = deviceId == null ? new byte[0] : deviceId.clone();
        publicKey = publicKey.clone();
        signature = signature == null ? new byte[0] : signature.clone();
    }

    /**
     * Unsigned fields for the holder of {@code key} (protocol version 6, address derived from the key,
     * testnet flag from the profile); sign them with {@link #sign}.
     */
    public static HelloFields of(RsaPrivateKey key, NetworkProfile profile, NodeType type, String productVersion,
            byte[] deviceId, int port, long timestamp) {
        byte[] pub = key.publicKey().toIxianBytes();
        Address address;
        try {
            address = Address.fromPublicKey(pub);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException("key has no Ixian address: " + e.getMessage(), e);
        }
        return new HelloFields(PROTOCOL_VERSION, address, profile.testnet(), type, productVersion, deviceId, pub, port,
                timestamp, null);
    }

    /**
     * Signed with {@code key} over {@link #signedBytes}: {@code hostname} is the signer's own public
     * "ip:port" ("" for a client that has none) and {@code challenge} the connector's.
     */
    public HelloFields sign(RsaPrivateKey key, NetworkProfile profile, String hostname, int challenge) {
        return withSignature(Rsa.sign(key, signedBytes(profile, hostname, challenge)));
    }

    @Override
    public byte[] deviceId() {
        return deviceId.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public HelloFields withSignature(byte[] sig) {
        return new HelloFields(protocolVersion, address, testnet, nodeType, productVersion, deviceId, publicKey, port,
                timestamp, sig);
    }

    /**
     * What the signature covers: {@code lock ‖ deviceId ‖ i64 timestamp ‖ str hostname ‖ i32 challenge},
     * with {@code hostname} the signer's own "ip:port" (or "" when unknown).
     */
    public byte[] signedBytes(NetworkProfile profile, String hostname, int challenge) {
        return signaturePreimage(profile.lockBytes(), deviceId, timestamp, hostname, challenge);
    }

    /** The signature preimage from its parts; lock and device id are raw, the hostname length-prefixed. */
    public static byte[] signaturePreimage(byte[] lock, byte[] deviceId, long timestamp, String hostname, int challenge) {
        return new IxiWriter(lock.length + deviceId.length + 40).raw(lock).raw(deviceId).int64(timestamp)
                .dotNetString(hostname).int32(challenge).toByteArray();
    }

    void writeTo(IxiWriter w) {
        w.varInt(protocolVersion).ixiBytes(address.noChecksum()).bool(testnet).u8(nodeType.letter())
                .dotNetString(productVersion).ixiBytes(deviceId).ixiBytes(publicKey).varInt(port).varInt(timestamp)
                .ixiBytes(signature);
    }

    static HelloFields read(IxiReader r) throws ProtocolException {
        int version = r.varUIntAtMost(Integer.MAX_VALUE, "protocol version");
        int addressAt = r.position();
        byte[] address = r.ixiBytes(MAX_ADDRESS_FIELD, "address");
        if (address == null) {
            throw new ProtocolException("hello without address", addressAt);
        }
        Address parsed = Address.fromBytes(address);
        boolean testnet = r.bool("testnet flag");
        int typeAt = r.position();
        NodeType type = NodeType.of(r.u8("node type"), typeAt);
        String product = r.dotNetString(MAX_VERSION_STRING_BYTES, "product version");
        byte[] device = r.ixiBytes(MAX_DEVICE_ID_BYTES, "device id");
        int keyAt = r.position();
        byte[] key = r.ixiBytes(MAX_PUBLIC_KEY, "public key");
        if (key == null) {
            throw new ProtocolException("hello without public key", keyAt);
        }
        int portAt = r.position();
        long port = r.varInt("port");
        if (port < 0 || port > 0xFFFF) {
            throw new ProtocolException("port " + port + " out of range", portAt);
        }
        long timestamp = r.varInt("timestamp");
        byte[] sig = r.ixiBytes(MAX_SIGNATURE, "signature");
        return new HelloFields(version, parsed, testnet, type, product, device, key, (int) port, timestamp, sig);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HelloFields h && protocolVersion == h.protocolVersion && address.equals(h.address)
                && testnet == h.testnet && nodeType == h.nodeType && productVersion.equals(h.productVersion)
                && Arrays.equals(deviceId, h.deviceId) && Arrays.equals(publicKey, h.publicKey) && port == h.port
                && timestamp == h.timestamp && Arrays.equals(signature, h.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, nodeType, productVersion, Arrays.hashCode(deviceId), port, timestamp);
    }

    @Override
    public String toString() {
        return "HelloFields[v" + protocolVersion + " " + address + (testnet ? " testnet " : " ") + nodeType + " "
                + productVersion + " port=" + port + " t=" + timestamp + "]";
    }
}
