package io.linnet.ixian.codec;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.ixian.ProtocolException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Base58Test {

    @Test
    void knownAddressesDecode() throws ProtocolException {
        // repository fixtures quoted in ixian-primitives.md §11.4
        assertEquals("000740240c553b53e3798d9c805630064ed5fa0da51e6ff2a82f3f185c6181f6ac4cb742",
                h(Base58.decode("1ixianinfinimine234234234234234234234234234242HP")));
        assertEquals("0126ea0f17c58644192272ad6cc09c326aafbe90f3ae9010e5abcc21c76e762f8adb33399d851e4e2fac11eea3f2cfdf",
                h(Base58.decode("3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA")));
        assertEquals("3TA9meGrkwoX8fJzQReuF1sxLZkNyRgbUKqJysfy6vqshAoMVAzvQKXgAkbJDaCNA", Base58.encode(
                b("0126ea0f17c58644192272ad6cc09c326aafbe90f3ae9010e5abcc21c76e762f8adb33399d851e4e2fac11eea3f2cfdf")));
    }

    @Test
    void leadingZerosAndEmpty() throws ProtocolException {
        assertEquals("", Base58.encode(new byte[0]));
        assertArrayEquals(new byte[0], Base58.decode(""));
        assertEquals("111", Base58.encode(new byte[3]));
        assertArrayEquals(new byte[3], Base58.decode("111"));
        assertEquals("11Ldp", Base58.encode(b("0000010203")));
    }

    @Test
    void invalidCharactersAreRejected() {
        for (String s : new String[] {"0abc", "Oops", "Il", "abc!", "é"}) {
            assertThrows(ProtocolException.class, () -> Base58.decode(s), s);
        }
        assertThrows(ProtocolException.class, () -> Base58.decode("2".repeat(Base58.MAX_TEXT + 1)));
    }

    @Test
    void base58Check() throws Exception {
        byte[] payload = b("00f54a5851e9372b87810a8e60cdd2e7cfd80b6e31");
        String text = Base58.encodeCheck(payload);
        assertEquals("1PMycacnJaSqwwJqjawXBErnLsZ7RkXUAs", text, "the well-known Bitcoin Base58Check example");
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        byte[] sum = sha.digest(sha.digest(payload));
        assertEquals(Base58.encode(b(h(payload) + h(sum).substring(0, 8))), text);
        assertArrayEquals(payload, Base58.decodeCheck(text));
        byte[] raw = Base58.decode(text);
        raw[raw.length - 1] ^= 1;
        assertThrows(ProtocolException.class, () -> Base58.decodeCheck(Base58.encode(raw)));
        assertThrows(ProtocolException.class, () -> Base58.decodeCheck("2"));
    }

    @Test
    void randomRoundTrip() throws ProtocolException {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            byte[] data = new byte[rnd.nextInt(60)];
            for (int j = 0; j < data.length; j++) {
                data[j] = (byte) (rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(256));
            }
            assertArrayEquals(data, Base58.decode(Base58.encode(data)));
        }
    }
}
