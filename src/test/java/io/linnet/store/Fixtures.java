package io.linnet.store;

import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.NewMessage;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.SplittableRandom;

/** Deterministic addresses, ids and times for store tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private Fixtures() {}

    /** A version 1 address made from {@code n}. */
    static Address address(int n) {
        byte[] raw = new byte[45];
        new SplittableRandom(n * 7919L + 1).nextBytes(raw);
        raw[0] = 1;
        try {
            return Address.fromBytes(raw);
        } catch (ProtocolException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 16-byte message id made from {@code n}. */
    static Bytes id(long n) {
        return Bytes.of(ByteBuffer.allocate(16).putLong(0x4c494e4e4554L).putLong(n).array());
    }

    static MessageKey key(Address conversation, long n) {
        return new MessageKey(conversation, id(n));
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    static NewMessage incoming(Address conversation, long n, String body, long seconds) {
        return NewMessage.incoming(key(conversation, n), null, body, at(seconds), at(seconds));
    }

    /** A fixed raw key, so tests need not pay for the password derivation. */
    static io.linnet.chat.store.DatabaseKey rawKey() {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) 0x5a);
        return io.linnet.chat.store.DatabaseKey.raw(k);
    }

    static NewMessage outgoing(Address conversation, long n, String body, long seconds) {
        return NewMessage.outgoing(key(conversation, n), body, at(seconds));
    }
}
