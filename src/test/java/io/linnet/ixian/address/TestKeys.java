package io.linnet.ixian.address;

import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The well-formed fake public keys of ixian-primitives.md Appendix A, rebuilt from their rule. */
final class TestKeys {
    private TestKeys() {}

    static byte[] fakeModulus(int bytes, String tag) {
        byte[] m = new byte[0];
        for (int k = 0; m.length < bytes; k++) {
            byte[] h = Hashes.sha3_512(("ixian-test-modulus-" + tag + "-" + k).getBytes(StandardCharsets.US_ASCII));
            m = Address.concat(m, h);
        }
        m = Arrays.copyOf(m, bytes);
        m[0] |= (byte) 0x80;
        m[bytes - 1] |= 0x01;
        return m;
    }

    static byte[] ixianKey(int version, byte[] modulus) {
        return new IxiWriter().u8(version).int32(0).int32Bytes(modulus).int32Bytes(new byte[] {1, 0, 1}).toByteArray();
    }

    static byte[] legacyKey(byte[] modulus) {
        return new IxiWriter().int32Bytes(modulus).int32Bytes(new byte[] {1, 0, 1}).toByteArray();
    }

    /** V-A1: keyVersion 1, 4096-bit-sized modulus, 528 bytes. */
    static byte[] a1() {
        return ixianKey(1, fakeModulus(512, "4096"));
    }

    /** V-A2: keyVersion 2, 2048-bit-sized modulus, 272 bytes. */
    static byte[] a2() {
        return ixianKey(2, fakeModulus(256, "2048"));
    }

    /** V-A0: legacy 523-byte key without prefix. */
    static byte[] a0() {
        return legacyKey(fakeModulus(512, "4096"));
    }

    /** V-A0p: the V-A0 modulus as a 528-byte key with keyVersion 0. */
    static byte[] a0p() {
        return ixianKey(0, fakeModulus(512, "4096"));
    }
}
