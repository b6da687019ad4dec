package io.linnet.s2.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.s2.message.Bye;
import io.linnet.s2.message.ByeReason;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The send queue alone, against a socket that takes only as many bytes as a test allows. */
class OutboundTest {

    /** A channel that accepts at most {@code room} more bytes, like a socket buffer that fills up. */
    private static final class Socket implements WritableByteChannel {
        final ByteArrayOutputStream taken = new ByteArrayOutputStream();
        int room;
        int writes;

        Socket(int room) {
            this.room = room;
        }

        @Override
        public int write(ByteBuffer src) {
            writes++;
            int n = Math.min(room, src.remaining());
            byte[] b = new byte[n];
            src.get(b);
            taken.writeBytes(b);
            room -= n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }

    private final ByteBuffer scratch = ByteBuffer.allocateDirect(IoLoop.WRITE_CHUNK);
    private final List<String> written = new ArrayList<>();
    private final Outbound.Written record = u -> written.add(new String(u.bytes().array(), 0, u.bytes().limit()));

    private static Outbound.Unit unit(String text, boolean priority) {
        return new Outbound.Unit(ByteBuffer.wrap(text.getBytes()), priority, Outbound.Kind.FRAME, null);
    }

    @Test
    void queuedUnitsLeaveTogetherInOneWriteHighLaneFirst() throws Exception {
        Outbound q = new Outbound(100, 1 << 20);
        assertEquals(Outbound.Offer.QUEUED_FLUSH_NEEDED, q.offer(unit("n1", false), false));
        assertEquals(Outbound.Offer.QUEUED, q.offer(unit("h1", true), false), "one flush request is enough");
        assertEquals(Outbound.Offer.QUEUED, q.offer(unit("n2", false), false));
        Socket s = new Socket(1000);
        assertEquals(Outbound.State.EMPTY, q.flush(s, scratch, false, record));
        assertEquals("h1n1n2", s.taken.toString());
        assertEquals(1, s.writes, "gathered into one write");
        assertEquals(List.of("h1", "n1", "n2"), written);
        assertEquals(Outbound.Offer.QUEUED_FLUSH_NEEDED, q.offer(unit("n3", false), false), "after a flush, ask again");
    }

    @Test
    void aUnitCutShortByAFullSocketIsFinishedBeforeAnythingElseEvenHighPriority() throws Exception {
        Outbound q = new Outbound(100, 1 << 20);
        q.offer(unit("normal-1", false), false);
        q.offer(unit("normal-2", false), false);
        Socket s = new Socket(3);
        assertEquals(Outbound.State.BLOCKED, q.flush(s, scratch, false, record));
        assertEquals("nor", s.taken.toString());
        assertTrue(q.isBlocked());
        assertEquals(Outbound.Offer.QUEUED, q.offer(unit("HIGH", true), false), "the owner writes a blocked queue");

        assertEquals(Outbound.State.SKIPPED, q.flush(s, scratch, false, record), "only the owner writes while blocked");
        s.room = 5;
        assertEquals(Outbound.State.BLOCKED, q.flush(s, scratch, true, record));
        assertEquals("normal-1", s.taken.toString());
        s.room = 1000;
        assertEquals(Outbound.State.EMPTY, q.flush(s, scratch, true, record));
        assertEquals("normal-1HIGHnormal-2", s.taken.toString(), "the cut unit first, then the lanes in order");
        assertEquals(List.of("normal-1", "HIGH", "normal-2"), written);
        assertFalse(q.isBlocked());
        assertEquals(8 + 4 + 8, q.progress());
    }

    @Test
    void boundedByCountAndBytesButAnEmptyQueueTakesOneUnitOfAnySize() {
        Outbound q = new Outbound(2, 10);
        assertEquals(Outbound.Offer.QUEUED_FLUSH_NEEDED, q.offer(unit("x".repeat(50), false), false), "empty: taken");
        assertEquals(Outbound.Offer.REFUSED, q.offer(unit("y", false), false), "over the byte bound");
        assertEquals(Outbound.Offer.QUEUED, q.offer(unit("z", false), true), "forced");
        assertEquals(Outbound.Offer.REFUSED, q.offer(unit("w", true), false));

        Outbound counted = new Outbound(2, 1000);
        counted.offer(unit("a", false), false);
        counted.offer(unit("b", false), false);
        assertEquals(Outbound.Offer.REFUSED, counted.offer(unit("c", false), false), "over the count bound");
    }

    @Test
    void largeUnitsGoOutInChunksAndTheByeUnitIsReportedLast() throws Exception {
        Outbound q = new Outbound(100, Long.MAX_VALUE);
        byte[] big = new byte[3 * IoLoop.WRITE_CHUNK + 17];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        q.offer(new Outbound.Unit(ByteBuffer.wrap(big), false, Outbound.Kind.FRAME, null), false);
        Bye bye = new Bye(ByeReason.BYE, "done", "");
        q.offer(new Outbound.Unit(ByteBuffer.wrap(new byte[] {9, 9}), false, Outbound.Kind.FRAME, bye), true);
        q.seal();
        assertEquals(Outbound.Offer.REFUSED, q.offer(unit("late", true), true), "nothing after the seal");
        List<Outbound.Unit> done = new ArrayList<>();
        Socket s = new Socket(Integer.MAX_VALUE);
        assertEquals(Outbound.State.EMPTY, q.flush(s, scratch, false, done::add));
        byte[] all = s.taken.toByteArray();
        assertEquals(big.length + 2, all.length);
        assertArrayEquals(big, java.util.Arrays.copyOf(all, big.length));
        assertEquals(2, done.size());
        assertEquals(bye, done.get(1).byeAfter());
        assertTrue(s.writes >= 4, "one buffer at a time: " + s.writes);
    }

    @Test
    void closingDropsWhatWaitsAndRefusesMore() throws Exception {
        Outbound q = new Outbound(100, 1000);
        q.offer(unit("a", false), false);
        q.close();
        assertTrue(q.isEmpty());
        assertEquals(Outbound.Offer.REFUSED, q.offer(unit("b", true), true));
        Socket s = new Socket(100);
        assertEquals(Outbound.State.EMPTY, q.flush(s, scratch, false, record));
        assertEquals(0, s.taken.size());
    }
}
