package io.linnet.ixian.stream;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.Hashes;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The transport envelope every S2 message travels in: who sends to whom, an id, a timestamp and the
 * (usually encrypted) SpixiMessage bytes, optionally signed.
 *
 * <p>Two layouts exist, told apart by the first byte: 0 starts the version 0 layout (int32 LE fields,
 * addresses with checksum), anything else the version ≥ 1 layout (IxiVarInt fields, addresses without
 * checksum). Each has a network, a checksum and a storage form ({@link StreamMessageForm}):
 *
 * <pre>
 * v0 (network = storage)                         v1
 * int32 version (0)                              varint version (≥ 1)
 * int32 len ‖ id                                 varint len ‖ id
 * int32 type                                     varint type
 * int32 encryptionType                           varint encryptionType
 * int32 len ‖ sender with checksum (0 = none)    varint len ‖ sender without checksum
 * int32 len ‖ recipient with checksum            varint len ‖ recipient without checksum
 * int32 len ‖ data                               varint len ‖ data
 * int32 0 (obsolete transaction)                 varint timestamp
 * int32 0 (obsolete sigdata)                     -- checksum form ends here --
 * bool encrypted, bool false   (not in checksum) varint len ‖ signature
 * int32 len ‖ signature        (checksum: 0)     bool requireRcvConfirmation
 * int64 timestamp                                bool encrypted (storage form only)
 * bool requireRcvConfirmation (optional on read, default true)
 * </pre>
 *
 * <p>Decoding is strict: unknown types and encryption types, empty ids, addresses of the wrong form
 * for the layout, non-empty obsolete fields, oversized lengths and trailing bytes are all
 * {@link ProtocolException}s. A version 0 message must say version 0 and a version ≥ 1 message must not.
 *
 * <p>The record holds no hidden state: encrypting, decrypting and signing produce new values (see
 * {@link StreamMessageCrypto}).
 *
 * @param version 0 for the legacy layout, ≥ 1 for the varint layout; set from the contact's protocol
 *     version
 * @param id the message id: 16 random bytes, or a short reserved id ({@link ReservedMessageId})
 * @param type transport kind
 * @param encryptionType how {@code data} is (or is to be) encrypted
 * @param sender the sending address, or {@code null}
 * @param recipient the receiving address, or {@code null}
 * @param data the SpixiMessage bytes, plain or encrypted; {@link Bytes#EMPTY} (or {@code null}) for none
 * @param timestamp the sender's network time in Unix seconds; never negative from version 1 on
 * @param signature RSA signature over {@link #checksum()}, {@link Bytes#EMPTY} (or {@code null}) if unsigned
 * @param requireRcvConfirmation whether the receiver should answer with {@code msgReceived}
 * @param encrypted local flag: {@code data} already holds ciphertext (sent in the v0 network form only)
 */
public record StreamMessage(
        int version,
        Bytes id,
        StreamMessageCode type,
        EncryptionCode encryptionType,
        Address sender,
        Address recipient,
        Bytes data,
        long timestamp,
        Bytes signature,
        boolean requireRcvConfirmation,
        boolean encrypted) {

    /** Largest payload: 50 MiB. */
    public static final int MAX_DATA_BYTES = 50 * 1024 * 1024;
    /** Largest id: real ids are 16 bytes, Ixian's bot ids a prefix byte and an address (≤ 49). */
    public static final int MAX_ID_BYTES = 64;
    /** Largest signature: an RSA-8192 signature (Ixian uses RSA-4096, 512 bytes). */
    public static final int MAX_SIGNATURE_BYTES = 1024;
    /** Length of the ids {@link #builder} draws. */
    public static final int RANDOM_ID_BYTES = 16;

    private static final int V0_MAX_ADDRESS_BYTES = 48;
    private static final int V1_MAX_ADDRESS_BYTES = 45;
    private static final SecureRandom RANDOM = new SecureRandom();

    public StreamMessage {
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || id.length() > MAX_ID_BYTES) {
            throw new IllegalArgumentException("id must be 1.." + MAX_ID_BYTES + " bytes, not " + id.length());
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(encryptionType, "encryptionType");
        data = Objects.requireNonNullElse(data, Bytes.EMPTY);
        if (data.length() > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("data is " + data.length() + " bytes, limit " + MAX_DATA_BYTES);
        }
        if (version > 0 && timestamp < 0) {
            throw new IllegalArgumentException("a version " + version + " timestamp must not be negative: " + timestamp);
        }
        signature = Objects.requireNonNullElse(signature, Bytes.EMPTY);
        if (signature.length() > MAX_SIGNATURE_BYTES) {
            throw new IllegalArgumentException("signature is " + signature.length() + " bytes, limit " + MAX_SIGNATURE_BYTES);
        }
    }

    /**
     * A builder for a new message: a fresh random 16-byte id, type {@link StreamMessageCode#INFO}, the
     * version's default encryption ({@link #defaultEncryption}), timestamp now by {@code clock}
     * (which should run on network time), receipt requested, unsigned, not encrypted.
     */
    public static Builder builder(int version, InstantSource clock) {
        return new Builder(version, clock.instant().getEpochSecond());
    }

    /** A builder carrying this message's fields, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether a signature is attached. */
    public boolean isSigned() {
        return !signature.isEmpty();
    }

    /** The network form. */
    public byte[] encode() {
        return encode(StreamMessageForm.NETWORK);
    }

    public byte[] encode(StreamMessageForm form) {
        Objects.requireNonNull(form, "form");
        return version == 0 ? encodeV0(form) : encodeV1(form);
    }

    private byte[] encodeV0(StreamMessageForm form) {
        IxiWriter w = new IxiWriter(data.length() + signature.length() + 200);
        w.int32(0);
        id.writeInt32Bytes(w);
        w.int32(type.number()).int32(encryptionType.code());
        w.int32Bytes(sender == null ? null : sender.withChecksum());
        w.int32Bytes(recipient == null ? null : recipient.withChecksum());
        data.writeInt32Bytes(w);
        w.int32(0).int32(0);
        if (form == StreamMessageForm.CHECKSUM) {
            w.int32(0);
        } else {
            w.bool(encrypted).bool(false);
            signature.writeInt32Bytes(w);
        }
        w.int64(timestamp).bool(requireRcvConfirmation);
        return w.toByteArray();
    }

    private byte[] encodeV1(StreamMessageForm form) {
        IxiWriter w = new IxiWriter(data.length() + signature.length() + 140);
        w.varUInt(version);
        id.writeIxiBytes(w);
        w.varUInt(type.number()).varUInt(encryptionType.code());
        w.ixiBytes(sender == null ? null : sender.noChecksum());
        w.ixiBytes(recipient == null ? null : recipient.noChecksum());
        data.writeIxiBytes(w);
        w.varUInt(timestamp);
        if (form != StreamMessageForm.CHECKSUM) {
            signature.writeIxiBytes(w);
            w.bool(requireRcvConfirmation);
            if (form == StreamMessageForm.STORAGE) {
                w.bool(encrypted);
            }
        }
        return w.toByteArray();
    }

    /** Decodes the network form. */
    public static StreamMessage decode(byte[] bytes) throws ProtocolException {
        return decode(bytes, StreamMessageForm.NETWORK);
    }

    /**
     * Decodes the network or storage form (the checksum form cannot be decoded). The first byte picks
     * the layout: 0 for version 0, anything else for version ≥ 1.
     */
    public static StreamMessage decode(byte[] bytes, StreamMessageForm form) throws ProtocolException {
        Objects.requireNonNull(bytes, "bytes");
        if (form == StreamMessageForm.CHECKSUM) {
            throw new IllegalArgumentException("the checksum form cannot be decoded");
        }
        Objects.requireNonNull(form, "form");
        if (bytes.length == 0) {
            throw new ProtocolException("empty stream message");
        }
        IxiReader r = new IxiReader(bytes);
        StreamMessage m = bytes[0] == 0 ? decodeV0(r) : decodeV1(r, form);
        r.expectEnd("stream message");
        return m;
    }

    private static StreamMessage decodeV0(IxiReader r) throws ProtocolException {
        int at = r.position();
        int version = r.int32("version");
        if (version != 0) {
            throw new ProtocolException("version " + version + " in the version 0 layout", at);
        }
        at = r.position();
        Bytes id = nonEmptyId(Bytes.readInt32Bytes(r, MAX_ID_BYTES, "id"), at);
        at = r.position();
        StreamMessageCode type = StreamMessageCode.fromNumber(r.int32("type"), at);
        at = r.position();
        EncryptionCode encryption = readEncryption(r.int32("encryptionType"), at);
        Address sender = readAddressV0(r, "sender");
        Address recipient = readAddressV0(r, "recipient");
        Bytes data = Bytes.readInt32Bytes(r, MAX_DATA_BYTES, "data");
        readObsoleteV0(r, "transaction");
        readObsoleteV0(r, "sigdata");
        boolean encrypted = r.bool("encrypted");
        r.bool("reserved flag");
        Bytes signature = Bytes.readInt32Bytes(r, MAX_SIGNATURE_BYTES, "signature");
        long timestamp = r.int64("timestamp");
        boolean requireRcv = !r.hasRemaining() || r.bool("requireRcvConfirmation");
        return new StreamMessage(0, id, type, encryption, sender, recipient, data, timestamp, signature, requireRcv, encrypted);
    }

    private static StreamMessage decodeV1(IxiReader r, StreamMessageForm form) throws ProtocolException {
        int at = r.position();
        int version = r.varUIntAtMost(Integer.MAX_VALUE, "version");
        if (version == 0) {
            throw new ProtocolException("version 0 in the varint layout", at);
        }
        at = r.position();
        Bytes id = nonEmptyId(Bytes.readIxiBytes(r, MAX_ID_BYTES, "id"), at);
        at = r.position();
        StreamMessageCode type = StreamMessageCode.fromNumber(r.varUInt("type"), at);
        at = r.position();
        EncryptionCode encryption = readEncryption(r.varUInt("encryptionType"), at);
        Address sender = readAddressV1(r, "sender");
        Address recipient = readAddressV1(r, "recipient");
        Bytes data = Bytes.readIxiBytes(r, MAX_DATA_BYTES, "data");
        at = r.position();
        long timestamp = r.varUInt("timestamp");
        if (timestamp < 0) {
            throw new ProtocolException("timestamp exceeds 2^63-1", at);
        }
        Bytes signature = Bytes.readIxiBytes(r, MAX_SIGNATURE_BYTES, "signature");
        boolean requireRcv = r.bool("requireRcvConfirmation");
        boolean encrypted = form == StreamMessageForm.STORAGE && r.bool("encrypted");
        return new StreamMessage(version, id, type, encryption, sender, recipient, data, timestamp, signature, requireRcv, encrypted);
    }

    private static EncryptionCode readEncryption(long code, int at) throws ProtocolException {
        try {
            return EncryptionCode.fromCode(code);
        } catch (ProtocolException e) {
            throw new ProtocolException(e.getMessage(), at, e);
        }
    }

    private static Bytes nonEmptyId(Bytes id, int at) throws ProtocolException {
        if (id.isEmpty()) {
            throw new ProtocolException("empty message id", at);
        }
        return id;
    }

    private static Address readAddressV0(IxiReader r, String what) throws ProtocolException {
        int at = r.position();
        byte[] raw = r.int32Bytes(V0_MAX_ADDRESS_BYTES, what);
        if (raw == null) {
            return null;
        }
        if (raw.length != 36 && raw.length != 48) {
            throw new ProtocolException(what + ": version 0 layout needs an address with checksum, got " + raw.length + " bytes", at);
        }
        return Address.fromBytes(raw);
    }

    private static Address readAddressV1(IxiReader r, String what) throws ProtocolException {
        int at = r.position();
        byte[] raw = r.ixiBytes(V1_MAX_ADDRESS_BYTES, what);
        if (raw == null) {
            return null;
        }
        if (raw.length != 33 && raw.length != 45) {
            throw new ProtocolException(what + ": varint layout needs an address without checksum, got " + raw.length + " bytes", at);
        }
        return Address.fromBytes(raw);
    }

    private static void readObsoleteV0(IxiReader r, String what) throws ProtocolException {
        int at = r.position();
        int length = r.int32(what);
        if (length != 0) {
            throw new ProtocolException("obsolete " + what + " field must be empty, has length " + length, at);
        }
    }

    /**
     * What the signature covers: SHA-512 of the checksum form for version 0, SHA3-512 for version ≥ 1.
     * It includes {@code data} as it currently is (plain or encrypted) but neither the signature nor
     * (from version 1) {@code requireRcvConfirmation}.
     */
    public Bytes checksum() {
        byte[] form = encode(StreamMessageForm.CHECKSUM);
        return Bytes.of(version == 0 ? Hashes.sha512(form) : Hashes.sha3_512(form));
    }

    /**
     * The additional authenticated data spixi2 and rsa2 bind the ciphertext to: the raw id, then the type
     * and the timestamp as IxiVarInts. Sender, recipient, version and requireRcvConfirmation are not
     * covered.
     */
    public byte[] additionalData() {
        IxiWriter w = new IxiWriter(id.length() + 12);
        id.writeRaw(w);
        w.varInt(type.number()).varInt(timestamp);
        return w.toByteArray();
    }

    /** What a new message uses unless told otherwise: spixi1 for version 0, spixi2 from version 1. */
    public static EncryptionCode defaultEncryption(int version) {
        return version == 0 ? EncryptionCode.SPIXI1 : EncryptionCode.SPIXI2;
    }

    /** 16 random bytes for a new message id. */
    public static Bytes randomId() {
        byte[] id = new byte[RANDOM_ID_BYTES];
        RANDOM.nextBytes(id);
        return Bytes.of(id);
    }

    /** Assembles a {@link StreamMessage}; {@link #build()} applies the record's checks. */
    public static final class Builder {
        private int version;
        private Bytes id;
        private StreamMessageCode type;
        private EncryptionCode encryptionType;
        private Address sender;
        private Address recipient;
        private Bytes data = Bytes.EMPTY;
        private long timestamp;
        private Bytes signature = Bytes.EMPTY;
        private boolean requireRcvConfirmation = true;
        private boolean encrypted;

        private Builder(int version, long timestamp) {
            this.version = version;
            this.id = randomId();
            this.type = StreamMessageCode.INFO;
            this.encryptionType = defaultEncryption(version);
            this.timestamp = timestamp;
        }

        private Builder(StreamMessage m) {
            version = m.version;
            id = m.id;
            type = m.type;
            encryptionType = m.encryptionType;
            sender = m.sender;
            recipient = m.recipient;
            data = m.data;
            timestamp = m.timestamp;
            signature = m.signature;
            requireRcvConfirmation = m.requireRcvConfirmation;
            encrypted = m.encrypted;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder id(Bytes id) {
            this.id = id;
            return this;
        }

        public Builder type(StreamMessageCode type) {
            this.type = type;
            return this;
        }

        public Builder encryptionType(EncryptionCode encryptionType) {
            this.encryptionType = encryptionType;
            return this;
        }

        public Builder sender(Address sender) {
            this.sender = sender;
            return this;
        }

        public Builder recipient(Address recipient) {
            this.recipient = recipient;
            return this;
        }

        public Builder data(Bytes data) {
            this.data = data;
            return this;
        }

        public Builder timestamp(long timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder signature(Bytes signature) {
            this.signature = signature;
            return this;
        }

        public Builder requireRcvConfirmation(boolean requireRcvConfirmation) {
            this.requireRcvConfirmation = requireRcvConfirmation;
            return this;
        }

        public Builder encrypted(boolean encrypted) {
            this.encrypted = encrypted;
            return this;
        }

        public StreamMessage build() {
            return new StreamMessage(version, id, type, encryptionType, sender, recipient, data, timestamp, signature,
                    requireRcvConfirmation, encrypted);
        }
    }
}
