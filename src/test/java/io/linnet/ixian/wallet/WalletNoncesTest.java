package io.linnet.ixian.wallet;

import static io.linnet.testutil.Hex.h;
import static io.linnet.testutil.Hex.seq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The secondary-address nonce chain (ixian-primitives.md §9.4, vectors of §11.5). */
class WalletNoncesTest {
    private static final byte[] BASE = seq(0, 64);

    /** First {@code len} bytes of {@code algorithm} applied {@code times} times; independent of Hashes. */
    static byte[] repeated(String algorithm, byte[] input, int times, int len) throws Exception {
        byte[] d = input;
        for (int i = 0; i < times; i++) {
            d = MessageDigest.getInstance(algorithm).digest(d);
        }
        return Arrays.copyOf(d, len);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void version5ChainVectors() {
        byte[] n0 = WalletNonces.nextNonce(5, BASE, null);
        byte[] n1 = WalletNonces.nextNonce(5, BASE, n0);
        byte[] n2 = WalletNonces.nextNonce(5, BASE, n1);
        assertEquals("10de808f82059adfa2992d0cdaa845df", h(n0));
        assertEquals("f911ace9c1a9c9b2b3224e7593967a5a", h(n1));
        assertEquals("ff3c383522b5cf547a0eb23cd5da3d19", h(n2));
    }

    @Test
    void olderVersionsUseSha512() throws Exception {
        byte[] last = seq(0x10, 16);
        assertEquals(h(repeated("SHA-512", concat(BASE, last), 4, 16)), h(WalletNonces.nextNonce(1, BASE, last)));
        for (int v : new int[] {2, 3, 4}) {
            assertEquals(h(repeated("SHA-512", concat(BASE, last), 2, 16)), h(WalletNonces.nextNonce(v, BASE, last)));
        }
        assertEquals(h(repeated("SHA3-512", BASE, 2, 16)), h(WalletNonces.nextNonce(6, BASE, null)));
        assertNotEquals(h(WalletNonces.nextNonce(1, BASE, null)), h(WalletNonces.nextNonce(2, BASE, null)));
        assertThrows(IllegalArgumentException.class, () -> WalletNonces.nextNonce(0, BASE, null));
    }

    @Test
    void walletStepsItsOwnChain() {
        Wallet w = new Wallet(5, WalletType.VIEWING, BASE, null, new byte[] {1}, null);
        byte[] n0 = w.nextNonce();
        assertEquals("10de808f82059adfa2992d0cdaa845df", h(n0));
        assertEquals("f911ace9c1a9c9b2b3224e7593967a5a", h(w.withLastNonce(n0).nextNonce()));
    }

    @Test
    void derivedBaseNonces() throws Exception {
        byte[] priv = seq(7, 200);
        byte[] slice = Arrays.copyOfRange(priv, 100, 164);
        assertEquals(h(repeated("SHA-512", slice, 4, 32)), h(WalletNonces.baseNonceFromPrivateKey(1, priv, 100)));
        assertEquals(h(repeated("SHA-512", slice, 2, 44)), h(WalletNonces.baseNonceFromPrivateKey(2, priv, 100)));
        assertEquals(h(repeated("SHA-512", slice, 2, 44)), h(WalletNonces.baseNonceFromPrivateKey(4, priv, 100)));
        assertEquals(h(repeated("SHA3-512", priv, 2, 44)), h(WalletNonces.baseNonceFromPrivateKey(5, priv, 100)));
        assertThrows(IllegalArgumentException.class, () -> WalletNonces.baseNonceFromPrivateKey(2, priv, 137));
    }
}
