package io.linnet.s2.net;

import io.linnet.s2.message.Bye;
import java.util.Objects;
import java.util.Optional;

/**
 * A handshake that did not complete: the connection ended (timeout, refusal, I/O error) before both
 * sides accepted each other. {@link #reason()} says how; for a refusal, its {@code bye} says why.
 */
public final class HandshakeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient CloseReason reason;

    public HandshakeException(CloseReason reason) {
        super("handshake failed: " + reason);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public CloseReason reason() {
        return reason;
    }

    /** The bye that ended the attempt, sent by either side, if any. */
    public Optional<Bye> bye() {
        return reason.bye();
    }
}
