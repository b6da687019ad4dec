package io.linnet.s2.message;

import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import java.util.Objects;

/** A frame whose code this layer does not model (block, transaction, wallet and event messages, unknown codes). */
public record OtherMessage(Frame frame) implements S2Message {
    public OtherMessage {
        Objects.requireNonNull(frame, "frame");
    }

    @Override
    public MessageCode code() {
        return frame.code();
    }

    @Override
    public byte[] encode() {
        return frame.payload();
    }

    @Override
    public Frame toFrame() {
        return frame;
    }
}
