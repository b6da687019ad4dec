package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** HKDF-SHA3-512 (ixian-primitives.md §8.5, §11.11). */
class HkdfTest {
    private static final byte[] MLKEM_SECRET = seq(0xc0, 32);
    private static final byte[] AES_INFO = "IXI AES Key".getBytes(StandardCharsets.US_ASCII);

    private static byte[] ikm(String ecdhHex) {
        byte[] e = b(ecdhHex);
        byte[] out = java.util.Arrays.copyOf(e, e.length + 32);
        System.arraycopy(MLKEM_SECRET, 0, out, e.length, 32);
        return out;
    }

    @Test
    void pairKeyVectors() {
        byte[] ikm = ikm("01" + "ab".repeat(65));
        assertEquals("d2cd23b485ab3609baf0641c2007064dcfdc204494e2e7036605b5baf30ac461",
                h(Hkdf.sha3_512(ikm, 32, seq(0x00, 32), AES_INFO)));
        assertEquals("fe5d0fe0ff775529f311ca81f2f338e860c247f2692918a5332bd402f0d8d275",
                h(Hkdf.sha3_512(ikm, 32, seq(0x20, 32), "IXI ChaCha Key".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void a65ByteEcdhPartGivesOtherKeys() {
        assertEquals("ab2aadc5cdbc0a333a6e2fd2b1472a1d6ecc6bdfb9e539de3456dc36646d7179",
                h(Hkdf.sha3_512(ikm("ab".repeat(65)), 32, seq(0x00, 32), AES_INFO)));
    }

    @Test
    void nullSaltIs64ZeroBytesAndNullInfoIsEmpty() {
        byte[] ikm = ikm("01" + "ab".repeat(65));
        String expected = "2ed470df7d4997336c6eb5b96e2c2d337471a86e5246ec62bfc968b96af4324b";
        assertEquals(expected, h(Hkdf.sha3_512(ikm, 32, null, new byte[0])));
        assertEquals(expected, h(Hkdf.sha3_512(ikm, 32, new byte[64], null)));
        assertEquals(expected, h(Hkdf.sha3_512(ikm, 32, new byte[0], null)));
    }
}
