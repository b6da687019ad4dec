package io.linnet.s2.message;

import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;

/**
 * A decoded message payload of the S2 network layer. {@link Messages#decode(Frame)} turns a frame into
 * one of these; {@link #toFrame()} goes the other way.
 */
public sealed interface S2Message permits Hello, HelloData, Bye, GetSectorNodes, SectorNodes, GetPresence2,
        UpdatePresence, KeepAlivePresence, GetKeepAlives, KeepAlivesChunk, GetRandomPresences, S2Data, Inventory2,
        OtherMessage {

    /** The frame code this payload travels under. */
    MessageCode code();

    /** The payload bytes. */
    byte[] encode();

    default Frame toFrame() {
        return new Frame(code(), encode());
    }
}
