package io.linnet.s2.message;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A relay's "recipient is not connected here" answer to an {@code s2data}: a version 0 StreamMessage of
 * type error, unencrypted and unsigned, sent back to the original sender, whose sender is the
 * unreachable recipient and whose data is the id of the message that could not be delivered.
 *
 * <p>Such errors are not authenticated: any relay can send one, so a client should only treat the
 * contact as unreachable through that relay.
 */
public record RelayError(byte[] failedMessageId, Optional<Address> unreachable, Optional<Address> recipient,
        long timestamp) {

    public RelayError {
        Objects.requireNonNull(failedMessageId, "failedMessageId");
        Objects.requireNonNull(unreachable, "unreachable");
        Objects.requireNonNull(recipient, "recipient");
        failedMessageId = failedMessageId.clone();
    }

    @Override
    public byte[] failedMessageId() {
        return failedMessageId.clone();
    }

    /**
     * The error a relay sends back for {@code undelivered}: a fresh random id, time from
     * {@code networkClock}, sender and recipient of the original swapped.
     */
    public static S2Data replyTo(StreamHeader undelivered, InstantSource networkClock) {
        StreamMessage error = StreamMessage.builder(0, networkClock)
                .type(StreamMessageCode.ERROR)
                .encryptionType(EncryptionCode.NONE)
                .recipient(undelivered.sender().orElse(null))
                .sender(undelivered.recipient().orElse(null))
                .data(Bytes.of(undelivered.id()))
                .build();
        return new S2Data(error.encode());
    }

    /**
     * Reads an {@code s2data} as a relay error. Empty if the message is not of type error; a
     * {@link ProtocolException} if it is not a valid StreamMessage at all.
     */
    public static Optional<RelayError> of(S2Data data) throws ProtocolException {
        StreamMessage m = data.message();
        if (m.type() != StreamMessageCode.ERROR) {
            return Optional.empty();
        }
        return Optional.of(new RelayError(m.data().toByteArray(), Optional.ofNullable(m.sender()),
                Optional.ofNullable(m.recipient()), m.timestamp()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelayError e && Arrays.equals(failedMessageId, e.failedMessageId)
                && unreachable.equals(e.unreachable) && recipient.equals(e.recipient) && timestamp == e.timestamp;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(failedMessageId), unreachable, recipient, timestamp);
    }

    @Override
    public String toString() {
        return "RelayError[message " + HexFormat.of().formatHex(failedMessageId) + " to "
                + unreachable.map(Address::toString).orElse("-") + " undeliverable]";
    }
}
