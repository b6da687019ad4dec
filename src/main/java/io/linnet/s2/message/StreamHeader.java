package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiReader;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The leading fields of a StreamMessage: all a relay needs to forward it (id, type, sender, recipient).
 * Reads both layouts: v0 (first byte 0; int32 lengths, addresses with checksum) and v1 (varints,
 * addresses without checksum). The rest of the message is end-to-end and left alone.
 */
public record StreamHeader(int version, byte[] id, int type, int encryptionType, Optional<Address> sender,
        Optional<Address> recipient) {
    public static final int TYPE_ERROR = 0;
    public static final int TYPE_INFO = 1;
    public static final int TYPE_DATA = 2;
    /** Longest message id a reader accepts. */
    public static final int MAX_ID = 256;

    public StreamHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        id = id.clone();
    }

    @Override
    public byte[] id() {
        return id.clone();
    }

    /** True for relay-generated errors ("recipient not connected here"). */
    public boolean isError() {
        return type == TYPE_ERROR;
    }

    /** Reads the header fields of a StreamMessage, ignoring what follows the recipient. */
    public static StreamHeader peek(byte[] message) throws ProtocolException {
        return peek(message, 0, message.length);
    }

    /**
     * {@link #peek(byte[])} of the {@code length} bytes of {@code bytes} at {@code offset}, left unchanged;
     * byte offsets in its exceptions count from the start of {@code bytes}.
     */
    public static StreamHeader peek(byte[] bytes, int offset, int length) throws ProtocolException {
        if (length == 0) {
            throw new ProtocolException("empty stream message");
        }
        IxiReader r = new IxiReader(bytes, offset, length);
        if (bytes[offset] == 0) {
            int version = r.int32("stream message version");
            if (version != 0) {
                throw new ProtocolException("stream message v0 layout with version " + version, 0);
            }
            byte[] id = orEmpty(r.int32Bytes(MAX_ID, "message id"));
            int type = r.int32("message type");
            int enc = r.int32("encryption type");
            Optional<Address> sender = address(r.int32Bytes(48, "sender"), r, "sender");
            Optional<Address> recipient = address(r.int32Bytes(48, "recipient"), r, "recipient");
            return new StreamHeader(0, id, type, enc, sender, recipient);
        }
        int version = r.varUIntAtMost(Integer.MAX_VALUE, "stream message version");
        byte[] id = orEmpty(r.ixiBytes(MAX_ID, "message id"));
        int type = r.varUIntAtMost(Integer.MAX_VALUE, "message type");
        int enc = r.varUIntAtMost(Integer.MAX_VALUE, "encryption type");
        Optional<Address> sender = address(r.ixiBytes(48, "sender"), r, "sender");
        Optional<Address> recipient = address(r.ixiBytes(48, "recipient"), r, "recipient");
        return new StreamHeader(version, id, type, enc, sender, recipient);
    }

    private static byte[] orEmpty(byte[] b) {
        return b == null ? new byte[0] : b;
    }

    private static Optional<Address> address(byte[] bytes, IxiReader r, String what) throws ProtocolException {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Address.fromBytes(bytes));
        } catch (ProtocolException e) {
            throw new ProtocolException(what + " is not a valid address", r.position() - bytes.length, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamHeader s && version == s.version && Arrays.equals(id, s.id) && type == s.type
                && encryptionType == s.encryptionType && sender.equals(s.sender) && recipient.equals(s.recipient);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, Arrays.hashCode(id), type, sender, recipient);
    }

    @Override
    public String toString() {
        return "StreamHeader[v" + version + " id=" + HexFormat.of().formatHex(id) + " type=" + type + " enc="
                + encryptionType + " " + sender.map(Address::toString).orElse("-") + " → "
                + recipient.map(Address::toString).orElse("-") + "]";
    }
}
