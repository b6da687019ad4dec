package io.linnet.s2.client;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.s2.message.RelayError;
import io.linnet.s2.message.S2Data;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns received {@code s2data} into listener events: relay errors (v0, type error) go to
 * {@link S2ClientListener#onRelayError} and back to the caller for matching with pending sends; other
 * StreamMessages addressed to this client go to {@link S2ClientListener#onStreamMessage}. Messages that
 * do not parse, or are addressed to someone else, are dropped with a log line. Engine thread only.
 */
final class InboundHandler {
    private static final Logger log = LoggerFactory.getLogger(InboundHandler.class);

    private final Address self;
    private final ListenerHub hub;

    InboundHandler(Address self, ListenerHub hub) {
        this.self = self;
        this.hub = hub;
    }

    /** Handles one {@code s2data}; returns the relay error it carried, if it was one. */
    Optional<RelayError> onS2Data(S2Data data, String relay) {
        StreamMessage message;
        try {
            message = data.message();
        } catch (ProtocolException e) {
            log.warn("dropping malformed s2data from {}: {}", relay, e.getMessage());
            return Optional.empty();
        }
        if (message.type() == StreamMessageCode.ERROR) {
            try {
                Optional<RelayError> error = RelayError.of(data);
                error.ifPresent(err -> {
                    log.debug("relay {}: {}", relay, err);
                    hub.fire(l -> l.onRelayError(err, relay));
                });
                return error;
            } catch (ProtocolException e) {
                log.warn("dropping unreadable relay error from {}: {}", relay, e.getMessage());
                return Optional.empty();
            }
        }
        if (message.recipient() == null || !message.recipient().withoutPublicKey().equals(self)) {
            log.warn("dropping s2data from {} addressed to {}, not to this client", relay, message.recipient());
            return Optional.empty();
        }
        hub.fire(l -> l.onStreamMessage(message, relay));
        return Optional.empty();
    }
}
