package io.linnet.cli.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.testutil.Hex;
import org.junit.jupiter.api.Test;

class KeepAliveToolTest {
    static final String UNSIGNED = io.linnet.s2.presence.KeepAliveTestVectors.CHECKSUM_FORM + "00";

    @Test
    void decodesFields() {
        JsonNode j = ToolRunner.tool("decode", "keep-alive", UNSIGNED, "--lock", "Ixian").json();
        assertEquals(2, j.get("version").asInt());
        assertEquals("3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA", j.get("walletBase58").asText());
        assertEquals("000102030405060708090a0b0c0d0e0f", j.get("deviceId").asText());
        assertEquals(1760000000L, j.get("timestamp").asLong());
        assertEquals("1.2.3.4:10235", j.get("hostName").asText());
        assertEquals("C", j.get("nodeType").asText());
        assertTrue(j.get("signature").isNull());
        assertEquals("1851ed826a2233030d3ca64f88caa2aefc5db7329b1740428de9e45fe9412f21738f1aedc447e4f4e9d13446", j.get("checksum").asText());
    }

    @Test
    void checksSignatureWithPublicKey() throws Exception {
        RsaPrivateKey key = Rsa.generate(2048, 1);
        byte[] pub = key.publicKey().toIxianBytes();
        KeepAlive ka = new KeepAlive(Address.fromPublicKey(pub), Hex.seq(0, 16), 1760000000L, "127.0.0.1:10235",
                NodeType.CLIENT, null, null);
        KeepAlive signed = ka.withSignature(Rsa.sign(key, ka.checksum("IxiReg")));
        JsonNode ok = ToolRunner.tool("decode", "keep-alive", Hex.h(signed.encode()), "--public-key", Hex.h(pub)).json();
        assertTrue(ok.get("signatureValid").asBoolean());
        JsonNode otherNetwork = ToolRunner.tool("decode", "keep-alive", Hex.h(signed.encode()), "--public-key", Hex.h(pub),
                "--lock", "Ixian").json();
        assertFalse(otherNetwork.get("signatureValid").asBoolean());
        JsonNode unsigned = ToolRunner.tool("decode", "keep-alive", Hex.h(ka.encode()), "--public-key", Hex.h(pub)).json();
        assertFalse(unsigned.get("signatureValid").asBoolean());
    }

    @Test
    void badHexOrBytes() {
        ToolRunner.tool("decode", "keep-alive", "zz").assertInvalidInput();
        ToolRunner.tool("decode", "keep-alive", "0200").assertInvalidInput();
    }
}
