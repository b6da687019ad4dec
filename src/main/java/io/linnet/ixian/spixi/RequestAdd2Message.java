package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of {@code requestAdd2} (a v1 contact request) and of {@code openSecureConnection}, which uses
 * the same layout with an ephemeral key.
 *
 * <p>Wire: the highest protocol version the sender speaks as one raw byte (read back as an IxiVarInt,
 * which is the same thing below 248), then IxiBytes of the sender's Ixian RSA public key blob.
 *
 * @param maxProtocolVersion highest protocol version offered, 0–247 (Ixian sends 1; receivers clamp
 *     anything higher to what they support)
 * @param publicKey the sender's Ixian RSA public key blob, non-empty
 */
public record RequestAdd2Message(int maxProtocolVersion, Bytes publicKey) {

    public RequestAdd2Message {
        WireFields.checkProtocolVersion(maxProtocolVersion, "maxProtocolVersion");
        WireFields.checkNonEmpty(publicKey, SpixiLimits.MAX_RSA_PUBLIC_KEY_BYTES, "publicKey");
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(publicKey.length() + 4);
        w.u8(maxProtocolVersion);
        publicKey.writeIxiBytes(w);
        return w.toByteArray();
    }

    public static RequestAdd2Message decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        int version = WireFields.readProtocolVersion(r, "maxProtocolVersion");
        Bytes key = Bytes.readIxiBytes(r, SpixiLimits.MAX_RSA_PUBLIC_KEY_BYTES, "publicKey");
        r.expectEnd("requestAdd2");
        return build("requestAdd2", () -> new RequestAdd2Message(version, key));
    }
}
