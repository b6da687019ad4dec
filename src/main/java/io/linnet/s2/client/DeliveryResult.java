package io.linnet.s2.client;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one {@link S2Client#send}. Relays never acknowledge a forwarded message; they only
 * answer with an error when the recipient is not connected to them. So {@link Outcome#ACCEPTED} means:
 * the message was written to the relay the recipient's presence names (or, without a presence, to the
 * client's primary relay) and no error came back within {@link ClientTimings#relayErrorWait()}. It is not
 * a receipt from the recipient; those are end-to-end messages of the layer above.
 *
 * @param outcome what happened
 * @param relay   "host:port" of the relay the message was last written to, if it got that far
 * @param detail  a human-readable explanation for logs
 */
public record DeliveryResult(Outcome outcome, Optional<String> relay, String detail) {

    /** The three honest answers the client can give. */
    public enum Outcome {
        /** Written to a relay, which did not refuse it in time (see the class comment). */
        ACCEPTED,
        /** A relay answered with its v0 error: the recipient is not connected there. */
        UNREACHABLE,
        /** No route, a timeout, a lost connection or a closed client: nothing is known about delivery. */
        FAILED
    }

    public DeliveryResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(detail, "detail");
    }

    static DeliveryResult accepted(String relay) {
        return new DeliveryResult(Outcome.ACCEPTED, Optional.of(relay), "written to " + relay + ", no error reply");
    }

    static DeliveryResult unreachable(String relay) {
        return new DeliveryResult(Outcome.UNREACHABLE, Optional.of(relay), relay + " answered: recipient not connected");
    }

    static DeliveryResult failed(Optional<String> relay, String why) {
        return new DeliveryResult(Outcome.FAILED, relay, why);
    }

    static DeliveryResult failed(String why) {
        return failed(Optional.empty(), why);
    }
}
