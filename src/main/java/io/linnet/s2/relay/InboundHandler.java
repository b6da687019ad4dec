package io.linnet.s2.relay;

import io.linnet.s2.SignatureVerifier;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.ByeReason;
import io.linnet.s2.message.Hello;
import io.linnet.s2.message.HelloFields;
import io.linnet.s2.net.CloseReason;
import io.linnet.s2.net.PeerConnection;
import io.linnet.s2.net.S2Session;
import io.linnet.s2.net.ServerHandshake;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.Frame;
import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's side of every accepted connection: the extra hello check, registering established
 * sessions as forwarding targets, handing their frames to the {@link RelayDispatcher}, and the
 * bookkeeping when they end (counts, "cut off" statistics).
 *
 * <p>Hello check beyond §2.4: when {@link RelayConfig#requireClientSignature()} is on, a client's
 * signature must verify over its own challenge with one of the host names an honest client can have
 * signed: "" (no public address), this relay's "host:port" (the client chose it as its primary), or
 * its own IP with the port it announced. Ixian relays skip this check entirely.
 */
final class InboundHandler implements ServerHandshake.Handler {
    private static final Logger log = LoggerFactory.getLogger(InboundHandler.class);

    private final RelayContext ctx;
    private final RelayDispatcher dispatcher;
    private final Consumer<PeerConnection> onEnded;

    InboundHandler(RelayContext ctx, RelayDispatcher dispatcher, Consumer<PeerConnection> onEnded) {
        this.ctx = ctx;
        this.dispatcher = dispatcher;
        this.onEnded = onEnded;
    }

    @Override
    public Optional<Bye> admit(Hello hello, InetSocketAddress remote) {
        HelloFields f = hello.fields();
        if (f.nodeType() != NodeType.CLIENT || !ctx.config().requireClientSignature()) {
            return Optional.empty();
        }
        String ip = remote.getAddress().getHostAddress();
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add("");
        hosts.add(ctx.publicHost());
        if (f.port() > 0) {
            hosts.add(ip + ":" + f.port());
        }
        SignatureVerifier v = SignatureVerifier.rsa();
        for (String host : hosts) {
            if (v.verify(f.publicKey(), f.signedBytes(ctx.config().profile(), host, hello.challenge()), f.signature())) {
                return Optional.empty();
            }
        }
        return Optional.of(new Bye(ByeReason.INCORRECT_IP,
                "Verify signature failed in hello message, likely an incorrect IP was specified. Detected IP:", ip));
    }

    @Override
    public void onEstablished(S2Session session) {
        ctx.sessions().add(session);
        ctx.stats().sessions.incrementAndGet();
        log.debug("{} established", session);
    }

    @Override
    public void onFrame(S2Session session, Frame frame) {
        dispatcher.handle(session, frame);
    }

    @Override
    public void onClosed(S2Session session, CloseReason reason) {
        ctx.sessions().remove(session);
        ctx.stats().sessions.decrementAndGet();
        dispatcher.closed(session);
        log.debug("{} ended: {}", session, reason);
        ended(session.connection(), reason);
    }

    @Override
    public void onNotEstablished(PeerConnection connection, CloseReason reason) {
        log.debug("{} ended before the handshake: {}", connection, reason);
        ended(connection, reason);
    }

    private void ended(PeerConnection connection, CloseReason reason) {
        if (misbehaved(reason)) {
            ctx.stats().cutOff.increment();
            log.info("{} cut off: {}", connection, reason);
        }
        ctx.stats().connections.decrementAndGet();
        onEnded.accept(connection);
    }

    /** Endings the relay imposed because of what the peer did (or did not do). */
    static boolean misbehaved(CloseReason r) {
        return switch (r.kind()) {
            case PROTOCOL_VIOLATION, HANDSHAKE_TIMEOUT, SILENCE_TIMEOUT, WRITE_STALLED, LISTENER_FAILED -> true;
            case BYE_SENT -> r.bye().map(b -> b.reasonCode() == ByeReason.REJECTED.code()).orElse(false);
            default -> false;
        };
    }
}
