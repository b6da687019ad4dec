package io.linnet.s2;

import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.message.Hello;
import io.linnet.s2.message.HelloData;
import io.linnet.s2.message.HelloFields;
import io.linnet.s2.message.HelloValidator;
import io.linnet.s2.message.Messages;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.presence.PresenceValidator;
import io.linnet.s2.presence.PresenceValidator.Problem;
import io.linnet.s2.wire.NetworkProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hello and presence signatures with real RSA keys (SHA512withRSA over the documented preimages). */
class RealRsaSigningTest {
    static final RsaPrivateKey CLIENT = Rsa.generate(2048, 1);
    static final RsaPrivateKey RELAY = Rsa.generate(2048, 1);
    static final NetworkProfile LOCAL = NetworkProfile.local();
    static final NetworkProfile MAIN = NetworkProfile.mainnet();
    static final SignatureVerifier RSA = SignatureVerifier.rsa();
    static final long NOW = 1_760_000_000L;

    static Address address(RsaPrivateKey k) throws ProtocolException {
        return Address.fromPublicKey(k.publicKey().toIxianBytes()).withoutPublicKey();
    }

    @Test
    void verifierChecksRealSignaturesAndRejectsJunkKeys() {
        byte[] key = CLIENT.publicKey().toIxianBytes();
        byte[] sig = Rsa.sign(CLIENT, seq(0, 44));
        assertTrue(RSA.verify(key, seq(0, 44), sig));
        assertFalse(RSA.verify(key, seq(1, 44), sig));
        assertFalse(RSA.verify(RELAY.publicKey().toIxianBytes(), seq(0, 44), sig));
        assertFalse(RSA.verify(seq(0, 30), seq(0, 44), sig));
        assertFalse(RSA.verify(key, seq(0, 44), null));
        assertFalse(RSA.verify(key, seq(0, 44), new byte[0]));
    }

    @Test
    void relayAnswerIsVerifiedByTheClient() throws ProtocolException {
        int challenge = 123456789;
        HelloFields client = HelloFields.of(CLIENT, LOCAL, NodeType.CLIENT, "linnet-0.1", seq(0, 16), 0, 0)
                .sign(CLIENT, LOCAL, "", challenge);
        Hello hello = (Hello) Messages.decode(new Hello(client, challenge).toFrame());
        HelloValidator relaySide = new HelloValidator(LOCAL, RSA);
        assertEquals(Optional.empty(), relaySide.checkHello(hello, "127.0.0.1"));

        HelloFields relay = HelloFields.of(RELAY, LOCAL, NodeType.RELAY, "jrelay-0.1", new byte[] {1}, 10235, NOW)
                .sign(RELAY, LOCAL, "127.0.0.1:10235", hello.challenge());
        HelloData answer = (HelloData) Messages.decode(new HelloData(relay, 42, null, 13, "127.0.0.1:0").toFrame());
        HelloValidator clientSide = new HelloValidator(LOCAL, RSA);
        assertEquals(Optional.empty(), clientSide.checkHelloData(answer, "127.0.0.1", challenge, Optional.of(address(RELAY))));
        assertEquals(600, clientSide.checkHelloData(answer, "127.0.0.2", challenge, Optional.empty()).orElseThrow().reasonCode());
        assertEquals(600, clientSide.checkHelloData(answer, "127.0.0.1", challenge + 1, Optional.empty()).orElseThrow().reasonCode());
        assertEquals(604, clientSide.checkHelloData(answer, "127.0.0.1", challenge, Optional.of(address(CLIENT)))
                .orElseThrow().reasonCode());
        HelloValidator otherLock = new HelloValidator(NetworkProfile.localCustom("IxiLocal"), RSA);
        assertEquals(600, otherLock.checkHelloData(answer, "127.0.0.1", challenge, Optional.empty()).orElseThrow().reasonCode());
    }

    @Test
    void relayToRelayHelloIsVerifiedOverIpAndPort() {
        HelloFields r = HelloFields.of(RELAY, LOCAL, NodeType.RELAY, "jrelay-0.1", new byte[] {1}, 10236, NOW)
                .sign(RELAY, LOCAL, "127.0.0.1:10236", 7);
        HelloValidator v = new HelloValidator(LOCAL, RSA);
        assertEquals(Optional.empty(), v.checkHello(new Hello(r, 7), "127.0.0.1"));
        assertEquals("127.0.0.9", v.checkHello(new Hello(r, 7), "127.0.0.9").orElseThrow().data());
    }

    @Test
    void signedPresenceTravelsAndValidates() throws ProtocolException {
        Address wallet = address(CLIENT);
        byte[] key = CLIENT.publicKey().toIxianBytes();
        KeepAlive ka = new KeepAlive(wallet, seq(0, 16), NOW, "127.0.0.1:10235", NodeType.CLIENT, null, null)
                .sign(CLIENT, LOCAL.checksumLock());
        PresenceAddress entry = PresenceAddress.fromKeepAlive(ka, "linnet-0.1");
        Presence p = new Presence(wallet, key, null, List.of(entry));
        Presence received = ((UpdatePresence) Messages.decode(new UpdatePresence(p).toFrame())).presence();
        PresenceValidator local = new PresenceValidator(LOCAL, RSA);
        assertEquals(Optional.of(p), local.validate(received, NOW + 100).accepted());
        assertEquals(Optional.empty(), local.checkKeepAlive(ka, key, NOW));
        assertEquals(Optional.of(Problem.BAD_SIGNATURE), local.checkKeepAlive(ka, RELAY.publicKey().toIxianBytes(), NOW));
        assertEquals(Problem.EXPIRED, local.validate(received, NOW + 301).rejections().get(0).problem());

        PresenceValidator main = new PresenceValidator(MAIN, RSA);
        assertEquals(Problem.BAD_HOST_NAME, main.validate(received, NOW).rejections().get(0).problem());
        PresenceAddress publicButRegnetSigned = new PresenceAddress(seq(0, 16), "1.2.3.4:10235", NodeType.CLIENT, "v", NOW, null, null)
                .sign(wallet, CLIENT, LOCAL.checksumLock());
        Presence q = new Presence(wallet, key, null, List.of(publicButRegnetSigned));
        assertEquals(Problem.BAD_SIGNATURE, main.validate(q, NOW).rejections().get(0).problem(), "wrong lock");
        PresenceAddress mainSigned = publicButRegnetSigned.sign(wallet, CLIENT, MAIN.checksumLock());
        assertTrue(main.validate(new Presence(wallet, key, null, List.of(mainSigned)), NOW).accepted().isPresent());
    }

    @Test
    void presenceOfSomeoneElsesWalletIsRefused() throws ProtocolException {
        Address victim = address(RELAY);
        PresenceAddress entry = new PresenceAddress(seq(0, 16), "127.0.0.1:10235", NodeType.CLIENT, "v", NOW, null, null)
                .sign(victim, CLIENT, LOCAL.checksumLock());
        Presence forged = new Presence(victim, CLIENT.publicKey().toIxianBytes(), null, List.of(entry));
        PresenceValidator.Result r = new PresenceValidator(LOCAL, RSA).validate(forged, NOW);
        assertEquals(Optional.empty(), r.accepted());
        assertEquals(List.of(new PresenceValidator.Rejection(-1, Problem.WALLET_NOT_FROM_KEY)), r.rejections());
    }
}
