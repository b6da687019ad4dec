package io.linnet.ixian.address;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Base58;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.Hashes;
import java.util.Arrays;
import java.util.Objects;

/**
 * A payment address with routing extras: a flag, an optional routing address (flag
 * {@link Flag#OFFLINE_ADDRESS}) and an optional tag of at most 16 bytes.
 *
 * <p>Text: plain address text when the flag is {@link Flag#PRIMARY} and there is no tag, else
 * {@code base58(payment) "_" base58(ext ‖ c)} with {@code ext = varint(flag) ‖ [routing] ‖ [tag]} and
 * {@code c} the first 3 bytes of SHA3-512²(ext).
 */
public record ExtendedAddress(Address payment, Flag flag, Address routing, byte[] tag) {
    public static final int MAX_TAG = 16;

    /** Extended-address flags. */
    public enum Flag {
        PRIMARY, END_TO_END, OFFLINE_TAG, OFFLINE_ADDRESS;

        static Flag of(long value, int offset) throws ProtocolException {
            if (value < 0 || value >= values().length) {
                throw new ProtocolException("unknown extended-address flag " + value, offset);
            }
            return values()[(int) value];
        }
    }

    public ExtendedAddress {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(flag, "flag");
        if ((flag == Flag.OFFLINE_ADDRESS) != (routing != null)) {
            throw new IllegalArgumentException("a routing address goes with flag OFFLINE_ADDRESS only");
        }
        if (tag != null && (tag.length == 0 || tag.length > MAX_TAG)) {
            throw new IllegalArgumentException("tag must be 1.." + MAX_TAG + " bytes");
        }
        payment = payment.withoutPublicKey();
        routing = routing == null ? null : routing.withoutPublicKey();
        tag = tag == null ? null : tag.clone();
    }

    @Override
    public byte[] tag() {
        return tag == null ? null : tag.clone();
    }

    private byte[] extension() {
        IxiWriter w = new IxiWriter().varUInt(flag.ordinal());
        if (routing != null) {
            w.raw(routing.noChecksum());
        }
        if (tag != null) {
            w.raw(tag);
        }
        return w.toByteArray();
    }

    /** The text form (see the type's description). */
    public String toText() {
        if (flag == Flag.PRIMARY && tag == null) {
            return payment.toString();
        }
        byte[] ext = extension();
        return payment + "_" + Base58.encode(Address.concat(ext, Hashes.sha3_512sqTrunc(ext, 0, 0, 3)));
    }

    public static ExtendedAddress parse(String text) throws ProtocolException {
        int sep = text.indexOf('_');
        if (sep < 0) {
            return new ExtendedAddress(Address.parse(text), Flag.PRIMARY, null, null);
        }
        Address payment = Address.parse(text.substring(0, sep));
        byte[] raw = Base58.decode(text.substring(sep + 1));
        if (raw.length < 4) {
            throw new ProtocolException("extended address: extension of " + raw.length + " bytes is too short", sep + 1);
        }
        int extLen = raw.length - 3;
        byte[] check = Hashes.sha3_512sqTrunc(raw, 0, extLen, 3);
        if (!Arrays.equals(check, 0, 3, raw, extLen, raw.length)) {
            throw new ProtocolException("extended address: checksum mismatch", sep + 1);
        }
        Flag flag = Flag.of(raw[0] & 0xFF, sep + 1);
        int at = 1;
        Address routing = null;
        if (flag == Flag.OFFLINE_ADDRESS) {
            int len = extLen > 1 ? Address.lengthOf(raw[1] & 0xFF) : -1;
            if (len < 0 || at + len > extLen) {
                throw new ProtocolException("extended address: bad routing address", sep + 1);
            }
            routing = Address.fromBytes(Arrays.copyOfRange(raw, at, at + len));
            at += len;
        }
        byte[] tag = at < extLen ? Arrays.copyOfRange(raw, at, extLen) : null;
        if (tag != null && tag.length > MAX_TAG) {
            throw new ProtocolException("extended address: tag longer than " + MAX_TAG + " bytes", sep + 1);
        }
        return new ExtendedAddress(payment, flag, routing, tag);
    }

    /** Binary form: {@code IxiBytes(payment) ‖ varint(flag) ‖ [IxiBytes(routing)] ‖ IxiBytes(tag)}. */
    public byte[] encode() {
        IxiWriter w = new IxiWriter().ixiBytes(payment.noChecksum()).varUInt(flag.ordinal());
        if (routing != null) {
            w.ixiBytes(routing.noChecksum());
        }
        return w.ixiBytes(tag).toByteArray();
    }

    public static ExtendedAddress decode(byte[] bytes) throws ProtocolException {
        IxiReader r = new IxiReader(bytes);
        byte[] payment = r.ixiBytes(48, "payment address");
        if (payment == null) {
            throw new ProtocolException("extended address: missing payment address", 0);
        }
        int flagAt = r.position();
        Flag flag = Flag.of(r.varUInt("flag"), flagAt);
        Address routing = null;
        if (flag == Flag.OFFLINE_ADDRESS) {
            byte[] rb = r.ixiBytes(48, "routing address");
            if (rb == null) {
                throw new ProtocolException("extended address: missing routing address", r.position());
            }
            routing = Address.fromBytes(rb);
        }
        byte[] tag = r.ixiBytes(MAX_TAG, "tag");
        r.expectEnd("extended address");
        return new ExtendedAddress(Address.fromBytes(payment), flag, routing, tag);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtendedAddress e && payment.equals(e.payment) && flag == e.flag
                && Objects.equals(routing, e.routing) && Arrays.equals(tag, e.tag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payment, flag, routing, Arrays.hashCode(tag));
    }

    @Override
    public String toString() {
        return toText();
    }
}
