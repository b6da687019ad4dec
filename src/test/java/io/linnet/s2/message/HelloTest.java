package io.linnet.s2.message;

import static io.linnet.s2.S2Fixtures.FAKE_VERIFIER;
import static io.linnet.s2.S2Fixtures.addressOf;
import static io.linnet.s2.S2Fixtures.fakePublicKey;
import static io.linnet.s2.S2Fixtures.fakeSign;
import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.wire.NetworkProfile;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** hello / helloData layouts, the signature preimage vectors of §8 and the checks of §2.4. */
class HelloTest {
    static final NetworkProfile MAIN = NetworkProfile.mainnet();
    static final NetworkProfile LOCAL = NetworkProfile.local();
    static final byte[] CLIENT_KEY = fakePublicKey("client");
    static final byte[] RELAY_KEY = fakePublicKey("relay");

    @Test
    void clientPreimageVector() {
        HelloFields f = fields(NodeType.CLIENT, CLIENT_KEY, seq(0, 16), 0, 1760000000L, true);
        assertEquals("497869616e000102030405060708090a0b0c0d0e0f0078e768000000000015cd5b07",
                h(f.signedBytes(MAIN, "", 123456789)));
    }

    @Test
    void relayHelloDataPreimageVector() {
        byte[] pre = HelloFields.signaturePreimage("Ixian".getBytes(StandardCharsets.UTF_8), new byte[] {1},
                1760000000L, "1.2.3.4:10235", 123456789);
        assertEquals("497869616e010078e768000000000d312e322e332e343a313032333515cd5b07", h(pre));
    }

    static HelloFields fields(NodeType type, byte[] key, byte[] device, int port, long ts, boolean testnet) {
        return new HelloFields(6, addressOf(key), testnet, type, "jtest-0.1", device, key, port, ts, null);
    }

    static HelloFields signed(HelloFields f, NetworkProfile p, String host, int challenge) {
        return f.withSignature(fakeSign(f.publicKey(), f.signedBytes(p, host, challenge)));
    }

    @Test
    void helloLayoutAndRoundTrip() throws ProtocolException {
        HelloFields f = signed(fields(NodeType.CLIENT, CLIENT_KEY, seq(0, 16), 0, 0, true), LOCAL, "", 77);
        Hello hello = new Hello(f, 77);
        byte[] wire = hello.encode();
        String expectedStart = "06" + "2d" + h(addressOf(CLIENT_KEY).noChecksum()) + "01" + "43" + "096a746573742d302e31"
                + "10" + h(seq(0, 16)) + "fc1002" + h(CLIENT_KEY) + "00" + "00" + "40";
        assertTrue(h(wire).startsWith(expectedStart), h(wire).substring(0, 200));
        assertTrue(h(wire).endsWith("4d"), "challenge 77 as varint");
        assertEquals(hello, Hello.decode(wire));
        assertEquals(hello, Messages.decode(hello.toFrame()));
    }

    @Test
    void helloAcceptsTheWithChecksumAddressForm() throws ProtocolException {
        HelloFields f = fields(NodeType.CLIENT, CLIENT_KEY, seq(0, 16), 0, 0, true);
        byte[] wire = new Hello(f, 5).encode();
        Address a = addressOf(CLIENT_KEY);
        byte[] longForm = new IxiWriter().u8(6).ixiBytes(a.withChecksum()).raw(wire, 2 + 45, wire.length - 47).toByteArray();
        assertEquals(new Hello(f, 5), Hello.decode(longForm));
    }

    @Test
    void helloDataRoundTrip() throws ProtocolException {
        HelloFields f = signed(fields(NodeType.RELAY, RELAY_KEY, new byte[] {1}, 10235, 1760000000L, true), LOCAL,
                "127.0.0.1:10235", 77);
        HelloData d = new HelloData(f, 123456, seq(0, 64), 13, "127.0.0.1:0");
        byte[] wire = d.encode();
        assertTrue(h(wire).endsWith("fd40e20100" + "40" + h(seq(0, 64)) + "0d" + "0b3132372e302e302e313a30"));
        assertEquals(d, HelloData.decode(wire));
        assertEquals(d, Messages.decode(d.toFrame()));
        HelloData noChecksum = new HelloData(f, 1, null, 13, "");
        assertEquals(noChecksum, HelloData.decode(noChecksum.encode()));
    }

    @Test
    void unparsableHellos() {
        byte[] ok = new Hello(fields(NodeType.CLIENT, CLIENT_KEY, seq(0, 16), 0, 0, true), 5).encode();
        assertThrows(ProtocolException.class, () -> Hello.decode(java.util.Arrays.copyOf(ok, ok.length - 1)), "no challenge");
        assertThrows(ProtocolException.class, () -> Hello.decode(new IxiWriter().raw(ok).u8(0).toByteArray()), "trailing");
        assertThrows(ProtocolException.class, () -> Hello.decode(b("06" + "47" + "00".repeat(71))), "address over 70");
        byte[] badType = ok.clone();
        badType[1 + 1 + 45 + 1] = 'Z';
        assertThrows(ProtocolException.class, () -> Hello.decode(badType));
        assertThrows(ProtocolException.class, () -> HelloData.decode(ok), "a hello is not a helloData");
        assertEquals(ByeReason.DEPRECATED.code(), HelloValidator.unparsable().reasonCode());
    }

    @Test
    void acceptorChecks() {
        HelloValidator v = new HelloValidator(LOCAL, FAKE_VERIFIER);
        HelloFields client = fields(NodeType.CLIENT, CLIENT_KEY, seq(0, 16), 0, 0, true);
        assertEquals(Optional.empty(), v.checkHello(new Hello(client, 1), "127.0.0.1"), "'C' signature not checked");
        assertBye(501, v.checkHello(new Hello(new HelloFields(5, client.address(), true, NodeType.CLIENT, "x",
                null, CLIENT_KEY, 0, 0, null), 1), "127.0.0.1"));
        assertBye(605, v.checkHello(new Hello(new HelloFields(6, client.address(), true, NodeType.CLIENT,
                "x".repeat(21), null, CLIENT_KEY, 0, 0, null), 1), "127.0.0.1"));
        assertBye(605, v.checkHello(new Hello(fields(NodeType.CLIENT, CLIENT_KEY, seq(0, 33), 0, 0, true), 1), "h"));
        assertBye(502, v.checkHello(new Hello(fields(NodeType.CLIENT, CLIENT_KEY, seq(0, 16), 0, 0, false), 1), "h"));
        HelloFields spoofed = new HelloFields(6, addressOf(RELAY_KEY), true, NodeType.CLIENT, "x", null, CLIENT_KEY, 0, 0, null);
        assertBye(603, v.checkHello(new Hello(spoofed, 1), "h"));

        HelloFields relay = fields(NodeType.RELAY, RELAY_KEY, new byte[] {1}, 10240, 1760000000L, true);
        Hello good = new Hello(signed(relay, LOCAL, "127.0.0.1:10240", 9), 9);
        assertEquals(Optional.empty(), v.checkHello(good, "127.0.0.1"));
        Optional<Bye> wrongIp = v.checkHello(good, "127.0.0.2");
        assertBye(600, wrongIp);
        assertEquals("127.0.0.2", wrongIp.get().data());
        assertBye(600, v.checkHello(new Hello(good.fields(), 10), "127.0.0.1"));
        assertBye(600, new HelloValidator(NetworkProfile.localCustom("IxiLocal"), FAKE_VERIFIER).checkHello(good, "127.0.0.1"));
    }

    @Test
    void connectorChecks() {
        HelloValidator v = new HelloValidator(LOCAL, FAKE_VERIFIER);
        HelloFields relay = signed(fields(NodeType.RELAY, RELAY_KEY, new byte[] {1}, 10235, 1760000000L, true), LOCAL,
                "127.0.0.1:10235", 42);
        HelloData d = new HelloData(relay, 1, null, 13, "127.0.0.1:0");
        assertEquals(Optional.empty(), v.checkHelloData(d, "127.0.0.1", 42, Optional.empty()));
        assertEquals(Optional.empty(), v.checkHelloData(d, "127.0.0.1", 42, Optional.of(addressOf(RELAY_KEY))));
        assertBye(604, v.checkHelloData(d, "127.0.0.1", 42, Optional.of(addressOf(CLIENT_KEY))));
        assertBye(600, v.checkHelloData(d, "127.0.0.1", 43, Optional.empty()));
        assertBye(600, v.checkHelloData(d, "10.0.0.1", 42, Optional.empty()));
        assertBye(502, new HelloValidator(MAIN, FAKE_VERIFIER).checkHelloData(d, "127.0.0.1", 42, Optional.empty()));
    }

    static void assertBye(int code, Optional<Bye> bye) {
        assertTrue(bye.isPresent(), "expected bye " + code);
        assertEquals(code, bye.get().reasonCode(), bye.get().toString());
    }
}
