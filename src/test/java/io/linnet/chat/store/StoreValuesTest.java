package io.linnet.chat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class StoreValuesTest {

    /** The database stores these numbers; changing one would silently reinterpret existing rows. */
    @Test
    void enumCodesAreFixed() {
        assertEquals(Map.of("INCOMING", 0, "OUTGOING", 1), codes(Direction.values(), Direction::code));
        assertEquals(Map.of("SENDING", 0, "SENT", 1, "DELIVERED", 2, "READ", 3, "FAILED", 4, "RECEIVED", 5),
                codes(MessageState.values(), MessageState::code));
        assertEquals(Map.of("REQUEST_SENT", 0, "REQUEST_RECEIVED", 1, "APPROVED", 2, "DECLINED", 3, "REMOVED", 4),
                codes(ContactState.values(), ContactState::code));
        assertEquals(Map.of("NONE", 0, "REQUESTED", 1, "KEYS_SENT", 2, "ESTABLISHED", 3),
                codes(HandshakeStatus.values(), HandshakeStatus::code));
        assertEquals(Map.of("MEMBER", 0, "ADMIN", 1, "OWNER", 2), codes(GroupRole.values(), GroupRole::code));
        assertEquals(Map.of("ACTIVE", 0, "KICKED", 1, "BANNED", 2, "LEFT", 3), codes(MemberStatus.values(), MemberStatus::code));
        assertEquals(Map.of("DELIVERED", 0, "READ", 1), codes(ReceiptKind.values(), ReceiptKind::code));
        assertEquals(Map.of("PENDING", 0, "FAILED", 1), codes(OutboxState.values(), OutboxState::code));
        assertEquals(Map.of("OFFERED", 0, "TRANSFERRING", 1, "COMPLETE", 2, "FAILED", 3, "CANCELLED", 4, "EXPIRED", 5),
                codes(TransferState.values(), TransferState::code));
    }

    @Test
    void fromCodeInvertsCodeAndRejectsUnknownCodes() {
        roundTrip(MessageState.values(), MessageState::code, MessageState::fromCode);
        roundTrip(ContactState.values(), ContactState::code, ContactState::fromCode);
        roundTrip(OutboxState.values(), OutboxState::code, OutboxState::fromCode);
        roundTrip(TransferState.values(), TransferState::code, TransferState::fromCode);
        assertThrows(IllegalArgumentException.class, () -> TransferState.fromCode(6));
        assertThrows(IllegalArgumentException.class, () -> MessageState.fromCode(99));
        assertThrows(IllegalArgumentException.class, () -> Direction.fromCode(-1));
    }

    private static <E extends Enum<E>> Map<String, Integer> codes(E[] values, ToIntFunction<E> code) {
        return Arrays.stream(values).collect(java.util.stream.Collectors.toMap(Enum::name, code::applyAsInt));
    }

    private static <E> void roundTrip(E[] values, ToIntFunction<E> code, IntFunction<E> from) {
        for (E v : values) {
            assertEquals(v, from.apply(code.applyAsInt(v)));
        }
    }

    @Test
    void messageStatesOnlyAdvance() {
        List<MessageState> outgoing = List.of(MessageState.SENDING, MessageState.SENT, MessageState.DELIVERED, MessageState.READ);
        for (int i = 0; i < outgoing.size(); i++) {
            for (int j = 0; j < outgoing.size(); j++) {
                assertEquals(j > i, outgoing.get(i).canAdvanceTo(outgoing.get(j)), outgoing.get(i) + " → " + outgoing.get(j));
            }
        }
        assertTrue(MessageState.SENDING.canAdvanceTo(MessageState.FAILED));
        assertTrue(MessageState.SENT.canAdvanceTo(MessageState.FAILED));
        assertFalse(MessageState.DELIVERED.canAdvanceTo(MessageState.FAILED));
        assertTrue(MessageState.FAILED.canAdvanceTo(MessageState.SENDING), "retry");
        assertTrue(MessageState.FAILED.canAdvanceTo(MessageState.DELIVERED), "a late receipt");
        assertTrue(MessageState.RECEIVED.canAdvanceTo(MessageState.READ));
        assertFalse(MessageState.READ.canAdvanceTo(MessageState.RECEIVED));
        assertFalse(MessageState.SENDING.canAdvanceTo(MessageState.RECEIVED));
    }

    @Test
    void backoffGrowsToItsCap() {
        Backoff b = new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofSeconds(60));
        assertEquals(List.of(5L, 5L, 10L, 20L, 40L, 60L, 60L),
                java.util.stream.IntStream.of(0, 1, 2, 3, 4, 5, 40).mapToObj(b::delayAfter).map(Duration::toSeconds).toList());
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(t.plusSeconds(20), b.nextAttempt(3, t));
        assertEquals(Duration.ofMinutes(10), Backoff.DEFAULT.delayAfter(1000));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(5), 0.5, Duration.ofSeconds(9)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(5), 2, Duration.ofSeconds(1)));
    }

    @Test
    void databaseKeysNeverPrintTheirSecret() {
        DatabaseKey p = DatabaseKey.password("hunter2");
        assertEquals("DatabaseKey[PASSWORD]", p.toString());
        assertEquals("hunter2", p.password());
        assertThrows(IllegalStateException.class, p::rawKey);
        byte[] raw = new byte[32];
        DatabaseKey r = DatabaseKey.raw(raw);
        raw[0] = 1;
        assertEquals(0, r.rawKey()[0], "the key was copied");
        assertThrows(IllegalStateException.class, r::password);
        assertThrows(IllegalArgumentException.class, () -> DatabaseKey.raw(new byte[16]));
        assertFalse(Arrays.equals(DatabaseKey.random().rawKey(), DatabaseKey.random().rawKey()));
    }

    @Test
    void recordsKeepTimesToTheMillisecond() {
        Instant precise = Instant.parse("2026-01-01T00:00:00.123456789Z");
        var k = new MessageKey(io.linnet.ixian.address.GroupAddress.derive(
                io.linnet.ixian.address.GroupAddress.derive(dummy(), new byte[] {1}), new byte[] {2}), io.linnet.ixian.codec.Bytes.of(new byte[] {1}));
        NewMessage m = NewMessage.outgoing(k, "x", precise);
        assertEquals(Instant.parse("2026-01-01T00:00:00.123Z"), m.sentAt());
        assertEquals(new PageCursor(precise, 1), new PageCursor(m.sentAt(), 1));
        assertThrows(IllegalArgumentException.class, () -> new MessageKey(k.conversation(), io.linnet.ixian.codec.Bytes.EMPTY));
    }

    private static io.linnet.ixian.address.Address dummy() {
        byte[] raw = new byte[45];
        raw[0] = 1;
        try {
            return io.linnet.ixian.address.Address.fromBytes(raw);
        } catch (io.linnet.ixian.ProtocolException e) {
            throw new IllegalStateException(e);
        }
    }
}
