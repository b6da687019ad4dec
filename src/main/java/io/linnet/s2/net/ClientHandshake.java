package io.linnet.s2.net;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.s2.message.Bye;
import io.linnet.s2.message.Hello;
import io.linnet.s2.message.HelloData;
import io.linnet.s2.message.HelloFields;
import io.linnet.s2.message.HelloValidator;
import io.linnet.s2.wire.Frame;
import io.linnet.s2.wire.MessageCode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialling side of the handshake: connect, send {@code hello} (and nothing else), wait for
 * {@code helloData}, check it (§2.4: testnet flag, address of the key, signature of non-client
 * acceptors over the dialled IP and their announced port, the expected address if one is given) and
 * hand back an {@link S2Session}. A refused {@code helloData} is answered with the matching bye.
 *
 * <p>Frames that arrive before {@code helloData} are dropped, as Ixian nodes do. The listener only hears
 * about sessions that were established; a failed attempt surfaces as {@link HandshakeException}.
 */
public final class ClientHandshake {
    private static final Logger log = LoggerFactory.getLogger(ClientHandshake.class);

    private ClientHandshake() {}

    /**
     * Dials {@code target} and completes the handshake, blocking at most the connect timeout plus the
     * handshake deadline.
     *
     * @param expected the address the acceptor must have (seeds, sector relays), or empty
     * @throws IOException        the TCP connect failed
     * @throws HandshakeException the connection ended before the handshake completed
     */
    public static S2Session connect(InetSocketAddress target, HandshakeSettings settings, Optional<Address> expected,
            SessionListener listener) throws IOException, HandshakeException, InterruptedException {
        SocketChannel socket = SocketChannel.open();
        try {
            socket.socket().connect(target, (int) settings.options().timings().connectTimeout().toMillis());
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        int challenge = CryptoRandom.secureRandom().nextInt(Integer.MAX_VALUE);
        Dialling dialling = new Dialling(settings, target.getAddress().getHostAddress(), challenge, expected, listener);
        PeerConnection conn = PeerConnection.dialled(socket, settings.options(), dialling);
        dialling.connection = conn;
        conn.start();
        HelloFields fields = HelloFields.of(settings.identity().key(), settings.profile(), settings.identity().nodeType(),
                settings.identity().productVersion(), settings.identity().deviceId(), settings.port(), settings.nowSeconds())
                .sign(settings.identity().key(), settings.profile(), settings.signingHost(), challenge);
        conn.send(new Hello(fields, challenge));
        long wait = settings.options().timings().handshakeDeadline().toMillis() + 1000;
        try {
            return dialling.result.get(wait, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HandshakeException he) {
                throw he;
            }
            throw new IllegalStateException("unexpected handshake failure", e.getCause());
        } catch (TimeoutException e) {
            CloseReason r = CloseReason.of(CloseReason.Kind.HANDSHAKE_TIMEOUT, "no helloData");
            conn.close(r);
            throw new HandshakeException(r);
        } catch (InterruptedException e) {
            conn.close();
            throw e;
        }
    }

    /** The connection listener while dialling; becomes a pass-through once the session exists. */
    private static final class Dialling implements ConnectionListener {
        private final HandshakeSettings settings;
        private final String dialledIp;
        private final int challenge;
        private final Optional<Address> expected;
        private final SessionListener listener;
        final CompletableFuture<S2Session> result = new CompletableFuture<>();
        volatile PeerConnection connection;
        private S2Session session;

        Dialling(HandshakeSettings settings, String dialledIp, int challenge, Optional<Address> expected,
                SessionListener listener) {
            this.settings = settings;
            this.dialledIp = dialledIp;
            this.challenge = challenge;
            this.expected = expected;
            this.listener = listener;
        }

        @Override
        public void onFrame(PeerConnection c, Frame frame) {
            if (session != null) {
                listener.onFrame(session, frame);
            } else if (frame.code().equals(MessageCode.HELLO_DATA)) {
                helloData(c, frame);
            } else {
                log.debug("{}: dropping {} before helloData", c, frame.code());
            }
        }

        private void helloData(PeerConnection c, Frame frame) {
            HelloData data;
            try {
                data = HelloData.decode(frame.payload());
            } catch (ProtocolException e) {
                log.info("{}: unreadable helloData: {}", c, e.getMessage());
                c.sendBye(HelloValidator.unparsable());
                return;
            }
            HelloValidator validator = new HelloValidator(settings.profile(), settings.verifier());
            Optional<Bye> refusal = validator.checkHelloData(data, dialledIp, challenge, expected);
            if (refusal.isPresent()) {
                log.info("{}: refusing helloData from {}: {}", c, data.fields().address(), refusal.get().message());
                c.sendBye(refusal.get());
                return;
            }
            c.markHandshakeComplete();
            session = new S2Session(c, data.fields(), c.timeOffsetSeconds(), Optional.of(data));
            log.debug("{}: connected to {}", c, session);
            result.complete(session);
        }

        @Override
        public void onClosed(PeerConnection c, CloseReason reason) {
            if (session != null) {
                listener.onClosed(session, reason);
            } else {
                result.completeExceptionally(new HandshakeException(reason));
            }
        }
    }
}
