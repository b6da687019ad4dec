package io.linnet.s2.relay;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.ByeReason;
import io.linnet.s2.message.GetKeepAlives;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.GetRandomPresences;
import io.linnet.s2.message.GetSectorNodes;
import io.linnet.s2.message.Inventory2;
import io.linnet.s2.message.KeepAlivePresence;
import io.linnet.s2.message.KeepAlivesChunk;
import io.linnet.s2.message.Messages;
import io.linnet.s2.message.RelayError;
import io.linnet.s2.message.S2Message;
import io.linnet.s2.message.StreamHeader;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.net.S2Session;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a relay does with each message that arrives on an established session (§7.3), inbound or on a
 * link to a roster peer. Presence messages go to {@link PresenceHandling}; {@code getSectorNodes} is
 * answered from {@link SectorAnswers}; {@code s2data} is forwarded here (§5.3).
 *
 * <p>{@code s2data} rules: a relay error ({@code type 0}) from a peer is dropped; the sender must be the
 * address the peer proved in its hello, else the peer is cut off with bye 605 (Linnet's stricter rule);
 * the original bytes go unchanged to the oldest open inbound session of the recipient, else the v0
 * error goes back to the sender. Payloads that do not decode count as strikes; after
 * {@value #MAX_STRIKES} the peer is cut off. Block, transaction and wallet messages are ignored.
 */
final class RelayDispatcher {
    private static final Logger log = LoggerFactory.getLogger(RelayDispatcher.class);
    static final int MAX_STRIKES = 3;

    private final RelayContext ctx;
    private final PresenceHandling presence;
    private final Map<S2Session, AtomicInteger> strikes = new ConcurrentHashMap<>();

    RelayDispatcher(RelayContext ctx) {
        this.ctx = ctx;
        this.presence = new PresenceHandling(ctx);
    }

    void handle(S2Session from, Frame frame) {
        ctx.stats().framesIn.increment();
        if (frame.code().equals(MessageCode.S2_DATA)) {
            forward(from, frame);
            return;
        }
        S2Message m;
        try {
            m = Messages.decode(frame);
        } catch (ProtocolException e) {
            strike(from, "undecodable " + frame.code() + ": " + e.getMessage());
            return;
        }
        switch (m) {
            case UpdatePresence u -> presence.update(from, u.presence());
            case KeepAlivePresence k -> presence.keepAlive(from, k.keepAlive());
            case KeepAlivesChunk c -> presence.keepAlives(from, c);
            case Inventory2 i -> presence.inventory(from, i.keepAliveRefs());
            case GetPresence2 g -> presence.answerPresence(from, g.address());
            case GetRandomPresences g -> presence.answerRandom(from, g.type());
            case GetKeepAlives g -> presence.answerKeepAlives(from, g.refs());
            case GetSectorNodes g -> ctx.send(from, ctx.sectors().answer(g.prefix(), g.cappedCount()));
            default -> log.debug("{}: ignoring {}", from, m.code());
        }
    }

    /**
     * Forwards an {@code s2data} frame as it came: its routing fields are read once, and the frame itself
     * (code and payload untouched) is what the recipient's connection writes.
     */
    private void forward(S2Session from, Frame frame) {
        StreamHeader h;
        try {
            h = frame.readPayload(StreamHeader::peek);
        } catch (ProtocolException e) {
            strike(from, "undecodable " + frame.code() + ": " + e.getMessage());
            return;
        }
        if (h.isError()) {
            ctx.rejected("error message from " + from.peerAddress() + " (only relays make those)");
            return;
        }
        if (h.sender().isEmpty() || !h.sender().get().equals(from.peerAddress())) {
            ctx.rejected("s2data from " + from.peerAddress() + " claims sender " + h.sender().map(Address::toString).orElse("-"));
            cutOff(from, new Bye(ByeReason.REJECTED, "Sender does not match your address.", ""));
            return;
        }
        if (h.recipient().isEmpty()) {
            ctx.rejected("s2data without recipient from " + from.peerAddress());
            return;
        }
        Optional<S2Session> to = ctx.sessions().first(h.recipient().get());
        if (to.isPresent() && ctx.send(to.get(), frame)) {
            ctx.stats().forwarded.increment();
            return;
        }
        if (ctx.send(from, RelayError.replyTo(h, ctx.config().clock()))) {
            ctx.stats().errorsReplied.increment();
        }
    }

    private void strike(S2Session from, String why) {
        ctx.rejected(why);
        int n = strikes.computeIfAbsent(from, s -> new AtomicInteger()).incrementAndGet();
        if (n > MAX_STRIKES) {
            cutOff(from, new Bye(ByeReason.REJECTED, "Too many malformed messages.", ""));
        }
    }

    private void cutOff(S2Session s, Bye bye) {
        log.info("{}: cutting off: {}", s, bye.message());
        s.connection().sendBye(bye);
    }

    /** Forgets a session's strikes when it ends. */
    void closed(S2Session s) {
        strikes.remove(s);
    }
}
