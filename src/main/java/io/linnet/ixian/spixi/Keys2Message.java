package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of {@code keys2}: the initiator's answer that completes the v1 handshake.
 *
 * <p>Wire: IxiBytes of the ECDH public key, the ML-KEM ciphertext and the ChaCha salt, then the capability
 * mask as an IxiVarInt — optional on read ({@link StreamCapabilities#DEFAULT} applies), always written.
 *
 * @param ecdhPublicKey initiator's ephemeral P-521 key
 * @param mlkemCiphertext ML-KEM-1024 encapsulation against the responder's key
 * @param chachaSalt salt for the ChaCha key derivation, chosen by the initiator
 * @param capabilities what the initiator supports
 */
public record Keys2Message(Bytes ecdhPublicKey, Bytes mlkemCiphertext, Bytes chachaSalt, StreamCapabilities capabilities) {

    public Keys2Message {
        WireFields.checkNonEmpty(ecdhPublicKey, SpixiLimits.MAX_ECDH_PUBLIC_KEY_BYTES, "ecdhPublicKey");
        WireFields.checkNonEmpty(mlkemCiphertext, SpixiLimits.MAX_MLKEM_BYTES, "mlkemCiphertext");
        WireFields.checkNonEmpty(chachaSalt, SpixiLimits.MAX_SALT_BYTES, "chachaSalt");
        Objects.requireNonNull(capabilities, "capabilities");
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(1700);
        ecdhPublicKey.writeIxiBytes(w);
        mlkemCiphertext.writeIxiBytes(w);
        chachaSalt.writeIxiBytes(w);
        w.varUInt(capabilities.bits());
        return w.toByteArray();
    }

    public static Keys2Message decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        Bytes ecdh = Bytes.readIxiBytes(r, SpixiLimits.MAX_ECDH_PUBLIC_KEY_BYTES, "ecdhPublicKey");
        Bytes mlkem = Bytes.readIxiBytes(r, SpixiLimits.MAX_MLKEM_BYTES, "mlkemCiphertext");
        Bytes salt = Bytes.readIxiBytes(r, SpixiLimits.MAX_SALT_BYTES, "chachaSalt");
        StreamCapabilities caps = r.hasRemaining() ? WireFields.readCapabilities(r) : StreamCapabilities.DEFAULT;
        r.expectEnd("keys2");
        return build("keys2", () -> new Keys2Message(ecdh, mlkem, salt, caps));
    }
}
