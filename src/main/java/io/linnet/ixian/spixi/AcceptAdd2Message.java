package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of {@code acceptAdd2}: the responder's half of the v1 handshake.
 *
 * <p>Wire: protocol version as one raw byte (read as an IxiVarInt), then IxiBytes of the RSA public key,
 * the ECDH public key, the ML-KEM public key and the AES salt, then the capability mask as an IxiVarInt.
 * The mask is optional on read (older peers omit it; {@link StreamCapabilities#DEFAULT} applies) and always
 * written.
 *
 * @param version the responder's protocol version for this contact, 0–247
 * @param rsaPublicKey responder's Ixian RSA public key; its address must equal the StreamMessage sender
 * @param ecdhPublicKey responder's ephemeral P-521 key (67-byte compressed point)
 * @param mlkemPublicKey responder's ephemeral ML-KEM-1024 public key
 * @param aesSalt salt for the AES key derivation, chosen by the responder
 * @param capabilities what the responder supports
 */
public record AcceptAdd2Message(
        int version,
        Bytes rsaPublicKey,
        Bytes ecdhPublicKey,
        Bytes mlkemPublicKey,
        Bytes aesSalt,
        StreamCapabilities capabilities) {

    public AcceptAdd2Message {
        WireFields.checkProtocolVersion(version, "version");
        WireFields.checkNonEmpty(rsaPublicKey, SpixiLimits.MAX_RSA_PUBLIC_KEY_BYTES, "rsaPublicKey");
        WireFields.checkNonEmpty(ecdhPublicKey, SpixiLimits.MAX_ECDH_PUBLIC_KEY_BYTES, "ecdhPublicKey");
        WireFields.checkNonEmpty(mlkemPublicKey, SpixiLimits.MAX_MLKEM_BYTES, "mlkemPublicKey");
        WireFields.checkNonEmpty(aesSalt, SpixiLimits.MAX_SALT_BYTES, "aesSalt");
        Objects.requireNonNull(capabilities, "capabilities");
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(2400);
        w.u8(version);
        rsaPublicKey.writeIxiBytes(w);
        ecdhPublicKey.writeIxiBytes(w);
        mlkemPublicKey.writeIxiBytes(w);
        aesSalt.writeIxiBytes(w);
        w.varUInt(capabilities.bits());
        return w.toByteArray();
    }

    public static AcceptAdd2Message decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        int version = WireFields.readProtocolVersion(r, "version");
        Bytes rsa = Bytes.readIxiBytes(r, SpixiLimits.MAX_RSA_PUBLIC_KEY_BYTES, "rsaPublicKey");
        Bytes ecdh = Bytes.readIxiBytes(r, SpixiLimits.MAX_ECDH_PUBLIC_KEY_BYTES, "ecdhPublicKey");
        Bytes mlkem = Bytes.readIxiBytes(r, SpixiLimits.MAX_MLKEM_BYTES, "mlkemPublicKey");
        Bytes salt = Bytes.readIxiBytes(r, SpixiLimits.MAX_SALT_BYTES, "aesSalt");
        StreamCapabilities caps = r.hasRemaining() ? WireFields.readCapabilities(r) : StreamCapabilities.DEFAULT;
        r.expectEnd("acceptAdd2");
        return build("acceptAdd2", () -> new AcceptAdd2Message(version, rsa, ecdh, mlkem, salt, caps));
    }
}
