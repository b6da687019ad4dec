package io.linnet.s2.wire;

import java.util.Arrays;
import java.util.HexFormat;

/** Something a {@link FrameDecoder} found in the byte stream. */
public sealed interface WireEvent {

    /** A complete frame whose CRC32C matched. */
    record FrameReceived(Frame frame) implements WireEvent {}

    /** The one-byte keep-alive ping ({@code 01}). */
    record Ping() implements WireEvent {
        public static final Ping INSTANCE = new Ping();
    }

    /**
     * A time sample: the sender's network time in milliseconds. {@code index} counts the samples of
     * this stream from 0; the decoder reports at most five.
     */
    record TimeSample(int index, long remoteMillis) implements WireEvent {}

    /**
     * A header that failed its check byte or declared a length outside {@code 1..max}. Its twelve
     * bytes were skipped and scanning went on after them.
     */
    record HeaderRejected(byte[] header, Reason reason) implements WireEvent {
        /** Why a header was rejected. */
        public enum Reason { CHECK_BYTE, LENGTH }

        public HeaderRejected {
            header = header.clone();
        }

        @Override
        public byte[] header() {
            return header.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HeaderRejected h && reason == h.reason && Arrays.equals(header, h.header);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(header) * 31 + reason.hashCode();
        }

        @Override
        public String toString() {
            return "HeaderRejected[" + reason + " " + HexFormat.of().formatHex(header) + "]";
        }
    }

    /** A whole frame arrived but its payload did not match the CRC32C of its header; it was dropped. */
    record ChecksumMismatch(MessageCode code, int length, int declaredCrc, int actualCrc) implements WireEvent {}
}
