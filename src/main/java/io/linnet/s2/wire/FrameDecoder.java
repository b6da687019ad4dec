package io.linnet.s2.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Incremental reader of an Ixian v6 byte stream, fed with whatever chunks the socket delivers.
 *
 * <p>At a unit boundary one byte decides what follows: {@code EA} starts a 12-byte frame header,
 * {@code 02} starts a 9-byte time sample (only while fewer than five were seen; afterwards it is an
 * ordinary ignored byte), {@code 01} is a ping and every other byte is skipped. A header with a bad
 * check byte or a length outside {@code 1..maxPayload} is dropped as a whole and scanning resumes after
 * it (its bytes are not searched again for a start byte). A payload whose CRC32C does not match is
 * dropped and reported.
 *
 * <p>Memory stays proportional to what actually arrived: the payload buffer starts small and grows as
 * bytes come in, never beyond the declared length. Not thread-safe: one decoder per connection.
 */
public final class FrameDecoder {
    /** Most time samples a stream may carry; later {@code 02} bytes are ignored. */
    public static final int MAX_TIME_SAMPLES = 5;
    /** First payload buffer size; it doubles as data arrives. */
    static final int INITIAL_BUFFER = 4096;

    private enum State { BOUNDARY, HEADER, TIME, PAYLOAD }

    private final int maxPayload;
    private State state = State.BOUNDARY;
    private final byte[] header = new byte[FrameEncoder.HEADER_LENGTH];
    private int headerFill;
    private final byte[] time = new byte[8];
    private int timeFill;
    private byte[] payload;
    private int payloadFill;
    private int payloadLength;
    private int timeSamples;
    private long ignoredBytes;

    /** A decoder that accepts payloads up to the network limit of {@link Frame#MAX_PAYLOAD} bytes. */
    public FrameDecoder() {
        this(Frame.MAX_PAYLOAD);
    }

    /** A decoder that treats headers declaring more than {@code maxPayload} bytes as broken. */
    public FrameDecoder(int maxPayload) {
        if (maxPayload < 1 || maxPayload > Frame.MAX_PAYLOAD) {
            throw new IllegalArgumentException("maxPayload " + maxPayload + " outside 1.." + Frame.MAX_PAYLOAD);
        }
        this.maxPayload = maxPayload;
    }

    public List<WireEvent> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    /** Consumes {@code len} bytes and returns what they completed, in stream order. */
    public List<WireEvent> feed(byte[] bytes, int off, int len) {
        if (off < 0 || len < 0 || off > bytes.length - len) {
            throw new IndexOutOfBoundsException("slice " + off + "+" + len + " of " + bytes.length);
        }
        List<WireEvent> events = new ArrayList<>(2);
        int end = off + len;
        int at = off;
        while (at < end) {
            switch (state) {
                case BOUNDARY -> at = boundary(bytes[at] & 0xFF, at, events);
                case HEADER -> {
                    int n = Math.min(end - at, header.length - headerFill);
                    System.arraycopy(bytes, at, header, headerFill, n);
                    headerFill += n;
                    at += n;
                    if (headerFill == header.length) {
                        headerComplete(events);
                    }
                }
                case TIME -> {
                    int n = Math.min(end - at, time.length - timeFill);
                    System.arraycopy(bytes, at, time, timeFill, n);
                    timeFill += n;
                    at += n;
                    if (timeFill == time.length) {
                        events.add(new WireEvent.TimeSample(timeSamples++, littleEndian(time, 0, 8)));
                        state = State.BOUNDARY;
                    }
                }
                case PAYLOAD -> {
                    int n = Math.min(end - at, payloadLength - payloadFill);
                    ensureCapacity(payloadFill + n);
                    System.arraycopy(bytes, at, payload, FrameEncoder.HEADER_LENGTH + payloadFill, n);
                    payloadFill += n;
                    at += n;
                    if (payloadFill == payloadLength) {
                        payloadComplete(events);
                    }
                }
            }
        }
        return events;
    }

    private int boundary(int b, int at, List<WireEvent> events) {
        if (b == FrameEncoder.START) {
            header[0] = (byte) b;
            headerFill = 1;
            state = State.HEADER;
        } else if (b == FrameEncoder.TIME_SAMPLE && timeSamples < MAX_TIME_SAMPLES) {
            timeFill = 0;
            state = State.TIME;
        } else if (b == FrameEncoder.PING) {
            events.add(WireEvent.Ping.INSTANCE);
        } else {
            ignoredBytes++;
        }
        return at + 1;
    }

    private void headerComplete(List<WireEvent> events) {
        state = State.BOUNDARY;
        if (FrameEncoder.headerCheck(header, 0) != (header[11] & 0xFF)) {
            events.add(new WireEvent.HeaderRejected(header, WireEvent.HeaderRejected.Reason.CHECK_BYTE));
            return;
        }
        long length = littleEndian(header, 3, 4);
        if (length < 1 || length > maxPayload) {
            events.add(new WireEvent.HeaderRejected(header, WireEvent.HeaderRejected.Reason.LENGTH));
            return;
        }
        payloadLength = (int) length;
        payloadFill = 0;
        payload = null;
        state = State.PAYLOAD;
    }

    private void payloadComplete(List<WireEvent> events) {
        state = State.BOUNDARY;
        MessageCode code = MessageCode.of((int) littleEndian(header, 1, 2));
        int declared = (int) littleEndian(header, 7, 4);
        int actual = FrameEncoder.crc32c(payload, FrameEncoder.HEADER_LENGTH, payloadLength);
        int total = FrameEncoder.HEADER_LENGTH + payloadLength;
        byte[] wire = payload.length == total ? payload : Arrays.copyOf(payload, total);
        payload = null;
        if (declared != actual) {
            events.add(new WireEvent.ChecksumMismatch(code, payloadLength, declared, actual));
        } else {
            System.arraycopy(header, 0, wire, 0, FrameEncoder.HEADER_LENGTH);
            events.add(new WireEvent.FrameReceived(Frame.received(code, wire)));
        }
    }

    /**
     * Makes room for {@code needed} payload bytes. The buffer also holds the 12 header bytes in front, so
     * that a checked frame keeps its received network form (see {@link Frame#encoded()}).
     */
    private void ensureCapacity(int needed) {
        int head = FrameEncoder.HEADER_LENGTH;
        if (payload == null) {
            payload = new byte[head + Math.min(payloadLength, Math.max(needed, INITIAL_BUFFER))];
        } else if (head + needed > payload.length) {
            long grown = Math.max((long) needed, 2L * (payload.length - head));
            payload = Arrays.copyOf(payload, head + (int) Math.min(payloadLength, grown));
        }
    }

    private static long littleEndian(byte[] b, int off, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (long) (b[off + i] & 0xFF) << (8 * i);
        }
        return v;
    }

    /** Time samples seen so far (0..5). */
    public int timeSamplesSeen() {
        return timeSamples;
    }

    /** Bytes skipped at unit boundaries because they started no unit. */
    public long ignoredBytes() {
        return ignoredBytes;
    }

    /** True between units, i.e. when no header, sample or payload is half read. */
    public boolean atBoundary() {
        return state == State.BOUNDARY;
    }

    /** Payload capacity of the buffer currently held, 0 if none (exposed to check memory use). */
    public int bufferedCapacity() {
        return payload == null ? 0 : payload.length - FrameEncoder.HEADER_LENGTH;
    }
}
