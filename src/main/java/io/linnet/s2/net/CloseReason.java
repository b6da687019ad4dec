package io.linnet.s2.net;

import io.linnet.s2.message.Bye;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a connection ended. The first cause wins: a connection closed because the peer sent garbage stays
 * {@link Kind#PROTOCOL_VIOLATION} even though its socket later reports an error.
 *
 * @param bye the {@code bye} that was sent ({@link Kind#BYE_SENT}) or received ({@link Kind#BYE_RECEIVED})
 */
public record CloseReason(Kind kind, String detail, Optional<Bye> bye) {

    /** The kinds of ending. */
    public enum Kind {
        /** {@link PeerConnection#close()} was called on this side. */
        CLOSED_LOCALLY,
        /** This side sent a {@code bye} and hung up. */
        BYE_SENT,
        /** The peer sent a {@code bye}. */
        BYE_RECEIVED,
        /** The peer closed the TCP connection. */
        PEER_CLOSED,
        /** Reading or writing failed. */
        IO_ERROR,
        /** Nothing at all arrived for the silence timeout. */
        SILENCE_TIMEOUT,
        /** The handshake did not complete in time. */
        HANDSHAKE_TIMEOUT,
        /** A write blocked for longer than the silence timeout (the peer does not read). */
        WRITE_STALLED,
        /** The peer sent more broken input than the {@link WireTolerance} allows, or broke the handshake rules. */
        PROTOCOL_VIOLATION,
        /** A listener threw. */
        LISTENER_FAILED
    }

    public CloseReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(bye, "bye");
    }

    public static CloseReason of(Kind kind, String detail) {
        return new CloseReason(kind, detail, Optional.empty());
    }

    public static CloseReason byeSent(Bye bye) {
        return new CloseReason(Kind.BYE_SENT, bye.reasonCode() + " " + bye.message(), Optional.of(bye));
    }

    public static CloseReason byeReceived(Bye bye) {
        return new CloseReason(Kind.BYE_RECEIVED, bye.reasonCode() + " " + bye.message(), Optional.of(bye));
    }

    @Override
    public String toString() {
        return kind + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
