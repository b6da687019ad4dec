package io.linnet.cli.tool;

import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.crypto.IxianVectors;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** tool decrypt and tool verify against the vectors of ixian-primitives.md §11.8, §11.9 and Appendix A. */
class CryptoToolTest {
    static final String AAD = "0102030402fd00f15365";
    static final String SPIXI2_WIRE = "40404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f"
            + "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
            + "2b18d158cb290caebd8f0eb44af98926ee4d1c91e40a1fd11c793cf510eaa2c4b177f292d2fa5a73c25f9267";
    static final String HELLO_IXIAN = "48656c6c6f20497869616e";

    @Test
    void decryptSpixi2Vector() {
        var j = ToolRunner.tool("decrypt", "spixi2", "--aes-key", h(seq(0, 32)), "--chacha-key", h(seq(0x20, 32)),
                "--aad", AAD, SPIXI2_WIRE).json();
        assertEquals(HELLO_IXIAN, j.get("plaintext").asText());
    }

    @Test
    void failedAuthenticationExitsTwo() {
        ToolRunner.tool("decrypt", "spixi2", "--aes-key", h(seq(0, 32)), "--chacha-key", h(seq(0x20, 32)),
                "--aad", "0102030402fd00f15366", SPIXI2_WIRE).assertInvalidInput();
        ToolRunner.tool("decrypt", "spixi2", "--aes-key", h(seq(1, 32)), "--chacha-key", h(seq(0x20, 32)),
                "--aad", AAD, SPIXI2_WIRE).assertInvalidInput();
        ToolRunner.tool("decrypt", "rsa2", "--private-key", h(IxianVectors.RSA2048_PRIVATE), "--aad", "00",
                h(IxianVectors.RSA2_MESSAGE)).assertInvalidInput();
        ToolRunner.tool("decrypt", "rsa2", "--private-key", "0011", "--aad", AAD,
                h(IxianVectors.RSA2_MESSAGE)).assertInvalidInput();
    }

    @Test
    void decryptRsa2Vector() {
        var j = ToolRunner.tool("decrypt", "rsa2", "--private-key", h(IxianVectors.RSA2048_PRIVATE), "--aad", AAD,
                h(IxianVectors.RSA2_MESSAGE)).json();
        assertEquals(HELLO_IXIAN, j.get("plaintext").asText());
    }

    @Test
    void verifySignature() {
        String data = h("ixian".getBytes(StandardCharsets.US_ASCII));
        var ok = ToolRunner.tool("verify", "--public-key", h(IxianVectors.RSA2048_PUBLIC), "--data", data,
                "--signature", h(IxianVectors.SIGNATURE_IXIAN)).json();
        assertTrue(ok.get("valid").asBoolean());
        var bad = ToolRunner.tool("verify", "--public-key", h(IxianVectors.RSA2048_PUBLIC), "--data", data + "00",
                "--signature", h(IxianVectors.SIGNATURE_IXIAN)).json();
        assertFalse(bad.get("valid").asBoolean());
        ToolRunner.tool("verify", "--public-key", "00", "--data", data, "--signature", "00").assertInvalidInput();
        ToolRunner.tool("verify", "--public-key", h(IxianVectors.RSA2048_PUBLIC), "--data", data).assertInvalidInput();
    }
}
