package io.linnet.s2.net;

import io.linnet.ixian.ProtocolException;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.Hello;
import io.linnet.s2.message.HelloData;
import io.linnet.s2.message.HelloFields;
import io.linnet.s2.message.HelloValidator;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accepting side of the handshake, as the listener of an accepted {@link PeerConnection}: wait for
 * {@code hello}, check it (§2.4 through {@link HelloValidator}, then the node's own
 * {@link Handler#admit} rules), answer {@code helloData} signed over the connector's challenge, and from
 * then on pass frames to the {@link Handler}. A refused hello is answered with its bye; an unreadable
 * one with bye 501.
 *
 * <p>Frames other than {@code hello} that arrive first are dropped as Ixian nodes do; more than
 * {@code maxEarlyFrames} of them end the connection as a protocol violation.
 */
public final class ServerHandshake implements ConnectionListener {
    private static final Logger log = LoggerFactory.getLogger(ServerHandshake.class);

    /**
     * What the accepting node plugs in. Calls come one at a time, as {@link ConnectionListener}'s do:
     * {@link #admit} and {@link #onEstablished} on the connection's handshake thread (they may block),
     * {@code onFrame} of the established session on its I/O loop (it must not).
     */
    public interface Handler extends SessionListener {
        /**
         * Extra checks after the protocol's own (capacity, blacklist, stricter signatures); a bye refuses.
         * The whole hello is given so that its signature can be checked over its challenge.
         */
        default Optional<Bye> admit(Hello hello, InetSocketAddress remote) {
            return Optional.empty();
        }

        /**
         * The hello was accepted; called just before {@code helloData} is queued, so that the session
         * is registered before the peer can act on the answer. Do not send on the session here:
         * nothing may precede {@code helloData}.
         */
        void onEstablished(S2Session session);

        /** The connection ended before a session was established. */
        default void onNotEstablished(PeerConnection connection, CloseReason reason) {}
    }

    private final HandshakeSettings settings;
    private final Supplier<BlockStamp> block;
    private final int maxEarlyFrames;
    private final Handler handler;
    private final HelloValidator validator;
    private S2Session session;
    private int earlyFrames;
    private boolean answered;

    public ServerHandshake(HandshakeSettings settings, Supplier<BlockStamp> block, int maxEarlyFrames, Handler handler) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.block = Objects.requireNonNull(block, "block");
        this.maxEarlyFrames = maxEarlyFrames;
        this.handler = Objects.requireNonNull(handler, "handler");
        this.validator = new HelloValidator(settings.profile(), settings.verifier());
    }

    /** Wraps an accepted socket in a connection driven by a new {@code ServerHandshake} and starts it. */
    public static PeerConnection accept(SocketChannel socket, HandshakeSettings settings, Supplier<BlockStamp> block,
            int maxEarlyFrames, Handler handler) {
        PeerConnection conn = PeerConnection.accepted(socket, settings.options(),
                new ServerHandshake(settings, block, maxEarlyFrames, handler));
        conn.start();
        return conn;
    }

    @Override
    public void onFrame(PeerConnection c, Frame frame) {
        if (session != null) {
            handler.onFrame(session, frame);
        } else if (frame.code().equals(MessageCode.HELLO) && !answered) {
            hello(c, frame);
        } else if (++earlyFrames > maxEarlyFrames) {
            c.close(CloseReason.of(CloseReason.Kind.PROTOCOL_VIOLATION, frame.code() + " before the handshake"));
        } else {
            log.debug("{}: dropping {} before the handshake", c, frame.code());
        }
    }

    private void hello(PeerConnection c, Frame frame) {
        answered = true;
        Hello hello;
        try {
            hello = Hello.decode(frame.payload());
        } catch (ProtocolException e) {
            log.info("{}: unreadable hello: {}", c, e.getMessage());
            c.sendBye(HelloValidator.unparsable());
            return;
        }
        InetSocketAddress remote = c.remoteAddress();
        String ip = remote.getAddress().getHostAddress();
        Optional<Bye> refusal = validator.checkHello(hello, ip);
        if (refusal.isEmpty()) {
            refusal = handler.admit(hello, remote);
        }
        if (refusal.isPresent()) {
            log.info("{}: refusing hello of {} {}: {} {}", c, hello.fields().nodeType(), hello.fields().address(),
                    refusal.get().reasonCode(), refusal.get().message());
            c.sendBye(refusal.get());
            return;
        }
        NodeIdentity me = settings.identity();
        HelloFields mine = HelloFields.of(me.key(), settings.profile(), me.nodeType(), me.productVersion(), me.deviceId(),
                settings.port(), settings.nowSeconds())
                .sign(me.key(), settings.profile(), settings.signingHost(), hello.challenge());
        BlockStamp b = block.get();
        c.markHandshakeComplete();
        session = new S2Session(c, hello.fields(), 0, Optional.empty());
        handler.onEstablished(session);
        c.send(new HelloData(mine, b.number(), b.checksum(), b.version(), ip + ":" + hello.fields().port()));
    }

    @Override
    public void onClosed(PeerConnection c, CloseReason reason) {
        if (session != null) {
            handler.onClosed(session, reason);
        } else {
            handler.onNotEstablished(c, reason);
        }
    }
}
