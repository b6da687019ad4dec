package io.linnet.ixian.spixi;

import static io.linnet.ixian.spixi.WireFields.build;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import java.util.Objects;

/**
 * Payload of the legacy (protocol v0) {@code keys} message: the pair's AES and ChaCha keys.
 *
 * <p>Wire (what Ixian's contact code really sends and reads): int32 LE length then the AES key, int32 LE
 * length then the ChaCha key; length 0 means that key is not sent. Ixian-Core also has a {@code KeysMessage}
 * model that reads IxiBytes instead; it only serves JSON rendering and does not match this wire format.
 *
 * @param aesKey the AES key, or {@link Bytes#EMPTY} when not sent
 * @param chachaKey the ChaCha key, or {@link Bytes#EMPTY} when not sent
 */
public record KeysMessage(Bytes aesKey, Bytes chachaKey) {

    public KeysMessage {
        WireFields.checkBytes(aesKey, SpixiLimits.MAX_SYMMETRIC_KEY_BYTES, "aesKey");
        WireFields.checkBytes(chachaKey, SpixiLimits.MAX_SYMMETRIC_KEY_BYTES, "chachaKey");
    }

    public byte[] encode() {
        IxiWriter w = new IxiWriter(8 + aesKey.length() + chachaKey.length());
        aesKey.writeInt32Bytes(w);
        chachaKey.writeInt32Bytes(w);
        return w.toByteArray();
    }

    public static KeysMessage decode(byte[] bytes) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        IxiReader r = new IxiReader(bytes);
        Bytes aes = Bytes.readInt32Bytes(r, SpixiLimits.MAX_SYMMETRIC_KEY_BYTES, "aesKey");
        Bytes chacha = Bytes.readInt32Bytes(r, SpixiLimits.MAX_SYMMETRIC_KEY_BYTES, "chachaKey");
        r.expectEnd("keys");
        return build("keys", () -> new KeysMessage(aes, chacha));
    }

    /** Key material stays out of logs: only the key lengths are shown. */
    @Override
    public String toString() {
        return "KeysMessage[aesKey=" + aesKey.length() + " bytes, chachaKey=" + chachaKey.length() + " bytes]";
    }
}
