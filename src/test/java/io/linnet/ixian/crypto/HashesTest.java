package io.linnet.ixian.crypto;

import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hash vectors of ixian-primitives.md §4 and §11.2. */
class HashesTest {
    private static final byte[] IXIAN = "ixian".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY = new byte[0];

    @Test
    void sha3Vectors() {
        assertEquals("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", h(Hashes.sha3_256(EMPTY)));
        assertEquals("b0eca25a3baaed56745dedb4d803c14e290640e951049ddad74d16685d6bb8cb", h(Hashes.sha3_256(IXIAN)));
        assertEquals("e9a5f6666f4dc96469793084ab119db1010c884eeb750f30fc63af760f5ecc40038afc75d036bd11dfc750b5a6624a92c9ae6a06d6cfd6059527d4e784678c3b",
                h(Hashes.sha3_512(IXIAN)));
        assertEquals("057f7539ed68710b44b6457366839b76ce674ebc214a4ef60a5d5fc9f723d1a40c8137c86e0262394f461b1e562817c8b4e1972a56bfd593320aefe4ca9b26a8",
                h(Hashes.sha3_512sq(EMPTY)));
        assertEquals("6972e16726e08aff1a8d0e1be750293a76d1fc6bdbc37b23e5539cd9d83fa95da7769b006bd4baf48af2085ba66cc57ff423e14c4cbb74d5cdb2166b104a84f3",
                h(Hashes.sha3_512sq(IXIAN)));
        assertEquals("6972e16726e08aff1a8d0e1be750293a76d1fc6bdbc37b23e5539cd9d83fa95da7769b006bd4baf48af2085b",
                h(Hashes.sha3_512sqTrunc(IXIAN, 0, 0, 44)));
        assertEquals("64f9b730bb22b0c6636d34739dd99e20", h(Hashes.sha3_512sqTrunc(IXIAN, 1, 3, 16)));
        assertEquals("e9a5f6666f4dc9646979", h(Hashes.sha3_512Trunc(IXIAN, 0, 0, 10)));
    }

    @Test
    void sha2Vectors() {
        assertEquals("826df068457df5dd195b437ab7e7739ff75d2672183f02bb8e1089fabcf97bd9dc80110cf42dbc7cff41c78ecb68d8ba78abe6b5178dea3984df8c55541bf949",
                h(Hashes.sha512sq(EMPTY)));
        assertEquals("cb832dfdcb3de03aa794db671a46e54a46b56171d92d7f59db3714381e51bdb56c81683b1c20fca69e984d96c2f83e46415301303c87de1941bef5cb83df6900",
                h(Hashes.sha512sq(IXIAN)));
        assertEquals("cb832d", h(Hashes.sha512sqTrunc(IXIAN, 0, 0, 3)));
        assertEquals("956f7bad39e64046a32ca0013214e9fc79a283383095ce63ff07346530e03b439ab986dac585dc026a339a767a32487ea27d6435732405e41ae1ff73bc221172",
                h(Hashes.sha512qu(IXIAN, 0, 0)));
        assertEquals("956f7bad39e64046a32ca0013214e9fc79a283383095ce63ff07346530e03b43",
                h(Hashes.sha512quTrunc(IXIAN, 0, 0, 32)));
    }

    @Test
    void countZeroMeansToTheEnd() {
        assertEquals(h(Hashes.sha3_512("xian".getBytes(StandardCharsets.US_ASCII))), h(Hashes.sha3_512(IXIAN, 1, 0)));
        assertEquals(h(Hashes.sha512("ia".getBytes(StandardCharsets.US_ASCII))), h(Hashes.sha512(IXIAN, 2, 2)));
    }
}
